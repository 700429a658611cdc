// `npm run dist` packages Roadbook with this; `npm run package:check` reuses it offline.
import { builderConfig } from './scripts/builderConfig';

export default builderConfig({
  projectDir: import.meta.dirname,
  stageDir: '.electron-native/stage',
  updateUrl: process.env['ROADBOOK_UPDATE_URL'],
});
