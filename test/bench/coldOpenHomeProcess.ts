// Opens an existing cache in a fresh process, as the app does at launch, and answers Home.
// Prints one JSON line.
import { openDatabase } from '../../src/core/store/openDatabase';
import { sizePageCacheForViews } from '../../src/core/store/viewsPageCache';
import { homeSummary } from '../../src/core/views/homeSummary';

const [file, userId] = process.argv.slice(2);
const began = performance.now();
const db = openDatabase(file!);
sizePageCacheForViews(db);
homeSummary(db, { userId: userId!, now: new Date() });
const coldOpenHomeMs = performance.now() - began;
db.close();
console.log(JSON.stringify({ coldOpenHomeMs: Math.round(coldOpenHomeMs) }));
