import { describe, expect, it } from 'vitest';
import type { ListInput, ListQuestion } from '../../../../src/shared/ipc/views';
import { indexChosenFields } from '../../../../src/core/views/fieldSql';
import {
  listFilter,
  listRecords,
  listSql,
  tableColumns,
} from '../../../../src/core/views/listRecords';
import { named, type NamedRow } from '../../../../src/core/views/namedRows';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { syncHarness } from '../../../support/syncHarness';

type Question = Omit<ListInput, 'offset' | 'limit'>;

/** Every row of a question in the order a sort by the lookup's name per row gives (export's). */
function everyRow(h: Awaited<ReturnType<typeof syncHarness>>, question: Question, userId: string) {
  const context = { userId, now: new Date() };
  const filter = listFilter(h.db, question as ListQuestion, context);
  const sql = listSql(h.db, question as ListQuestion, filter);
  return (h.db.prepare(sql.rows).all(...filter.params, -1, 0) as NamedRow[]).map((r) =>
    String(named(r)['Id']),
  );
}

/** Each of a few windows of every question equals the same rows of the plain sort. */
function expectEveryWindow(
  h: Awaited<ReturnType<typeof syncHarness>>,
  questions: Question[],
  userId: string,
) {
  for (const question of questions) {
    indexChosenFields(h.db, question as ListQuestion, tableColumns(question.object));
    const expected = everyRow(h, question, userId);
    const limit = 7;
    const offsets = [0, 3, Math.floor(expected.length / 2), Math.max(0, expected.length - 5)];
    for (const offset of offsets) {
      const window = listRecords(h.db, { ...question, offset, limit } as ListInput, {
        userId,
        now: new Date(),
      });
      expect(
        window.rows.map((r) => String(r['Id'])),
        `${question.object} by ${question.sort.column} ${JSON.stringify(question.filter)} desc ${question.sort.desc} at ${offset}`,
      ).toEqual(expected.slice(offset, offset + limit));
      expect(window.total).toBe(expected.length);
    }
  }
}

describe('views: a table sorted by a lookup, read by the named records’ index', () => {
  it('gives every window in the order of a sort by each row’s name, ties and gaps included', async () => {
    const h = await syncHarness({
      dataset: 'realistic',
      scale: {
        users: 4,
        accounts: 60,
        contacts: 40,
        opportunities: 300,
        leads: 10,
        tasks: 0,
        events: 0,
      },
    });
    await h.sync({ objects: ['User', 'Account', 'Contact', 'Opportunity'] });
    const userId = h.fake.userId;
    // Names that tie, partners and accounts not synced, and a named record without a name.
    const accounts = h.db
      .prepare('SELECT id FROM sf_account ORDER BY id')
      .pluck()
      .all() as string[];
    h.db
      .prepare('UPDATE sf_account SET name = ? WHERE id IN (?, ?, ?)')
      .run('acme', ...accounts.slice(0, 3));
    h.db.prepare('UPDATE sf_account SET name = ? WHERE id = ?').run('ACME', accounts[3]);
    h.db.prepare('UPDATE sf_account SET name = NULL WHERE id = ?').run(accounts[4]);
    const partners = h.db
      .prepare(
        `SELECT DISTINCT json_extract(json, '$.Partner__c') FROM sf_opportunity
        WHERE json_extract(json, '$.Partner__c') IS NOT NULL LIMIT 3`,
      )
      .pluck()
      .all() as string[];
    h.db.prepare('DELETE FROM sf_account WHERE id IN (?, ?)').run(partners[0], accounts[5]);

    const questions: Question[] = [];
    const deals = ['Partner__c', 'OwnerName', 'AccountName', 'CreatedById', 'AccountId'];
    for (const column of deals)
      for (const desc of [false, true])
        for (const filter of [
          { owner: 'all' as const },
          { owner: 'me' as const },
          { owner: 'all' as const, state: 'open' as const },
          { owner: 'all' as const, fields: [{ field: 'Region__c', values: ['EMEA'] }] },
        ])
          questions.push({ object: 'Opportunity', filter, sort: { column, desc } });
    for (const desc of [false, true]) {
      questions.push({
        object: 'Contact',
        filter: { owner: 'all' },
        sort: { column: 'AccountName', desc },
      });
      questions.push({
        object: 'Account',
        filter: { owner: 'all' },
        sort: { column: 'OwnerName', desc },
      });
      questions.push({
        object: 'Account',
        filter: { owner: 'all' },
        sort: { column: 'ParentId', desc },
      });
    }

    expectEveryWindow(h, questions, userId);
  }, 60_000);

  it('stays right for lookups with many values after records are renamed and deleted', async () => {
    // More distinct accounts than the lookup's index is stepped through value by value: the
    // values with no account are read whole and kept until the cache changes.
    const h = await syncHarness({
      dataset: 'realistic',
      scale: {
        users: 3,
        accounts: 700,
        contacts: 0,
        opportunities: 700,
        leads: 0,
        tasks: 0,
        events: 0,
      },
    });
    await h.sync({ objects: ['User', 'Account', 'Opportunity'] });
    const userId = h.fake.userId;
    const questions: Question[] = ['AccountName', 'Partner__c'].flatMap((column) =>
      [false, true].flatMap((desc) =>
        (['all', 'me'] as const).map((owner) => ({
          object: 'Opportunity' as const,
          filter: { owner },
          sort: { column, desc },
        })),
      ),
    );
    const distinct = h.db
      .prepare('SELECT COUNT(DISTINCT account_id) FROM sf_opportunity')
      .pluck()
      .get() as number;
    expect(distinct).toBeGreaterThan(256);
    expectEveryWindow(h, questions, userId);

    const dealAccounts = h.db
      .prepare('SELECT DISTINCT account_id FROM sf_opportunity ORDER BY account_id LIMIT 3')
      .pluck()
      .all() as string[];
    h.db.prepare('DELETE FROM sf_account WHERE id = ?').run(dealAccounts[0]);
    h.db.prepare('UPDATE sf_account SET name = ? WHERE id = ?').run('Aardvark', dealAccounts[1]);
    h.db.prepare('UPDATE sf_account SET name = NULL WHERE id = ?').run(dealAccounts[2]);
    expectEveryWindow(h, questions, userId);

    // A write through another connection (the sync worker's) is seen too.
    const worker = openDatabase(h.db.name);
    worker.prepare('DELETE FROM sf_account WHERE id = ?').run(dealAccounts[1]);
    worker.close();
    expectEveryWindow(h, questions, userId);
  }, 60_000);
});
