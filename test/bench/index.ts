// npm run bench [-- --huge] [-- --only sync,views]: prints one JSON object of figures on its last
// line. --only runs the named sections alone (sync, realisticSync, views, push, fakeOrg).
import { measureFakeOrgServing } from './fakeOrgServing';
import { measurePush } from './pushBench';
import { measureRealisticSync } from './realisticSyncBench';
import { measureSync } from './syncBench';
import { measureViews } from './viewsBench';

const huge = process.argv.includes('--huge');
const sections = {
  sync: () => measureSync(huge ? 'huge' : 'large'),
  realisticSync: () => measureRealisticSync(huge ? 'huge' : 'large'),
  views: measureViews,
  push: measurePush,
  fakeOrg: () => measureFakeOrgServing(huge ? 'huge' : 'large', 25),
};
type Section = keyof typeof sections;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : Object.keys(sections);
const unknown = only.filter((name) => !(name in sections));
if (unknown.length)
  throw new Error(`No bench section ${unknown.join(', ')}: ${Object.keys(sections).join(', ')}`);
const figures: Record<string, unknown> = {};
for (const name of only) figures[name] = await sections[name as Section]();
console.log(JSON.stringify(figures));
