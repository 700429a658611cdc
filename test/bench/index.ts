// npm run bench: prints one JSON object of figures.
import { measureFakeOrgServing } from './fakeOrgServing';

const dataset = process.argv.includes('--huge') ? 'huge' : 'large';
const figures = { fakeOrg: await measureFakeOrgServing(dataset, 25) };
console.log(JSON.stringify(figures, null, 2));
