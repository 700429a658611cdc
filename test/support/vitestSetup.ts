import { afterAll } from 'vitest';
import { removeTempDirs } from './tempDir';

// Registered before each file's own hooks, so it runs after them: caches are closed by then.
afterAll(removeTempDirs);
