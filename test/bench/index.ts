// npm run bench [-- --huge]: prints one JSON object of figures on its last line.
import { measureFakeOrgServing } from './fakeOrgServing';
import { measurePush } from './pushBench';
import { measureRealisticSync } from './realisticSyncBench';
import { measureSync } from './syncBench';
import { measureViews } from './viewsBench';

const huge = process.argv.includes('--huge');
const figures = {
  sync: await measureSync(huge ? 'huge' : 'large'),
  realisticSync: await measureRealisticSync(),
  views: await measureViews(),
  push: await measurePush(),
  fakeOrg: await measureFakeOrgServing(huge ? 'huge' : 'large', 25),
};
console.log(JSON.stringify(figures));
