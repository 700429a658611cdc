// The sync thread as the bench runs it: the same module, with its heap and its process's peak
// RSS reported to the bench (heapPeaks.ts) from inside the thread.
import { reportPeaks } from './heapPeaks';

reportPeaks();
await import('../../src/core/sync/syncWorker');
