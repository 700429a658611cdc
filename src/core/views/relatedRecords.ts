import type Database from 'better-sqlite3';
import type { RelatedOutput } from '../../shared/ipc/related';
import { columns, itemOf, type TaskRow } from './taskList';

const shown = 50;

type Account = { id: string; name: string | null };
type Deal = NonNullable<RelatedOutput['accountDeals']>['deals'][number];
type DealFlags = { amount: unknown; closed: number | null };

function openTasks(db: Database.Database, object: string, id: string) {
  // An account's open tasks include those on its contacts and deals, as in Salesforce.
  const covered =
    object === 'Account'
      ? `SELECT @id UNION SELECT id FROM sf_contact WHERE account_id = @id
         UNION SELECT id FROM sf_opportunity WHERE account_id = @id`
      : 'SELECT @id';
  const where = `FROM sf_task t WHERE t.is_closed = 0
    AND (t.who_id IN (${covered}) OR t.what_id IN (${covered}))`;
  const { n } = db.prepare(`SELECT COUNT(*) AS n ${where}`).get({ id }) as { n: number };
  const rows = db
    .prepare(
      `SELECT ${columns} ${where}
       ORDER BY t.activity_date IS NULL, t.activity_date, t.subject, t.id LIMIT @limit`,
    )
    .all({ id, limit: shown }) as TaskRow[];
  return { openTasks: rows.map(itemOf), openTaskCount: n };
}

function accountOf(db: Database.Database, table: string, id: string): Account | undefined {
  return db
    .prepare(
      `SELECT a.id, a.name FROM ${table} r JOIN sf_account a ON a.id = r.account_id WHERE r.id = ?`,
    )
    .get(id) as Account | undefined;
}

function dealsOf(db: Database.Database, account: Account) {
  const rows = db
    .prepare(
      `SELECT id, name, stage_name AS stage, json_extract(json, '$.Amount') AS amount,
         close_date AS closeDate, is_closed AS closed
       FROM sf_opportunity WHERE account_id = ?
       ORDER BY is_closed, CASE WHEN is_closed = 1 THEN NULL ELSE close_date END,
         close_date DESC, id LIMIT ?`,
    )
    .all(account.id, shown) as Array<Omit<Deal, 'amount' | 'closed'> & DealFlags>;
  return {
    account,
    deals: rows.map((row): Deal => ({
      ...row,
      amount: typeof row.amount === 'number' ? row.amount : null,
      closed: row.closed === 1,
    })),
  };
}

function contactsOf(db: Database.Database, account: Account) {
  const contacts = db
    .prepare(
      `SELECT id, name, json_extract(json, '$.Title') AS title,
         COALESCE(json_extract(json, '$.Phone'), json_extract(json, '$.MobilePhone')) AS phone,
         json_extract(json, '$.Email') AS email
       FROM sf_contact WHERE account_id = ? ORDER BY name COLLATE NOCASE, id LIMIT ?`,
    )
    .all(account.id, shown) as NonNullable<RelatedOutput['accountContacts']>['contacts'];
  return { account, contacts };
}

/** The related lists a record panel or account page shows below the record's fields. */
export function relatedRecords(
  db: Database.Database,
  object: 'Lead' | 'Account' | 'Contact' | 'Opportunity',
  id: string,
): RelatedOutput {
  const contactAccount = object === 'Contact' ? accountOf(db, 'sf_contact', id) : undefined;
  const dealAccount = object === 'Opportunity' ? accountOf(db, 'sf_opportunity', id) : undefined;
  return {
    ...openTasks(db, object, id),
    accountDeals: contactAccount ? dealsOf(db, contactAccount) : null,
    accountContacts: dealAccount ? contactsOf(db, dealAccount) : null,
  };
}
