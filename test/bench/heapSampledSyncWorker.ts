// The sync worker as the bench runs it: the same module, with its heap peaks reported to the
// bench (heapPeaks.ts) from inside the thread.
import { reportHeapPeaks } from './heapPeaks';

reportHeapPeaks();
await import('../../src/core/sync/syncWorker');
