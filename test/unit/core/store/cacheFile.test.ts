import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileOf, isCacheFileOf } from '../../../../src/core/store/cacheFile';

const key = '00DA-005A';

describe('cacheFileOf', () => {
  it('names the cache for its connection in the data folder', () => {
    expect(cacheFileOf('/data', key)).toBe(path.join('/data', '00DA-005A.sqlite'));
  });
});

describe('isCacheFileOf', () => {
  it.each([
    ['00DA-005A.sqlite', true],
    ['00DA-005A.sqlite-wal', true],
    ['00DA-005A.sqlite-shm', true],
    ['00DA-005B.sqlite', false],
    ['00DB-005A.sqlite', false],
    ['settings.json', false],
    ['secrets', false],
  ])('%s: %s', (fileName, expected) => {
    expect(isCacheFileOf(key, fileName)).toBe(expected);
  });
});
