import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  keepRecordTypeInfos,
  newRecordTypes,
  typeForNewRecord,
  type RecordTypeInfo,
} from '../../../../src/core/schema/newRecordTypes';

const master = '012000000000000AAA';
const info = (id: string, name: string, more: Partial<RecordTypeInfo> = {}): RecordTypeInfo => ({
  recordTypeId: id,
  name,
  available: true,
  defaultRecordTypeMapping: false,
  master: false,
  ...more,
});
const onlyMaster = info(master, 'Master', { master: true, defaultRecordTypeMapping: true });
const renewal = info('012000000000001AAA', 'Renewal');
const newBusiness = info('012000000000002AAA', 'New Business', { defaultRecordTypeMapping: true });
const hidden = info('012000000000003AAA', 'Partner', { available: false });

let db: Database.Database;
afterEach(() => db.close());
function cacheWith(infos: RecordTypeInfo[] | null) {
  db = new Database(':memory:');
  db.exec('CREATE TABLE sync_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  if (infos) keepRecordTypeInfos(db, 'Opportunity', infos);
}

describe('the record types a new deal may take', () => {
  it.each([
    ['no describe cached yet', null, [], null],
    ['an org without record types (Master only)', [onlyMaster], [], null],
    [
      'two types, the rep’s default marked',
      [
        renewal,
        newBusiness,
        hidden,
        { ...onlyMaster, available: false, defaultRecordTypeMapping: false },
      ],
      ['Renewal', 'New Business'],
      newBusiness.recordTypeId,
    ],
    ['no default marked: the first', [renewal, hidden], ['Renewal'], renewal.recordTypeId],
  ])('%s', (_case, infos, names, defaultId) => {
    cacheWith(infos);
    const offered = newRecordTypes(db, 'Opportunity');
    expect(offered.recordTypes.map((t) => t.name)).toEqual(names);
    expect(offered.defaultId).toBe(defaultId);
  });

  it.each([
    ['none chosen: the default', undefined, { ok: true, id: newBusiness.recordTypeId }],
    [
      'a 15-character id',
      renewal.recordTypeId.slice(0, 15),
      { ok: true, id: renewal.recordTypeId },
    ],
    [
      'one the rep may not create',
      hidden.recordTypeId,
      { ok: false, error: 'This record type is not one you can create.' },
    ],
  ])('%s', (_case, chosen, expected) => {
    cacheWith([renewal, newBusiness, hidden]);
    expect(typeForNewRecord(db, 'Opportunity', chosen)).toEqual(expected);
  });
});
