import type Database from 'better-sqlite3';
import type { RelatedOutput } from '../../shared/ipc/related';
import { loadingAmong } from './loadingAmong';
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

const dealColumns = `o.id, o.name, o.stage_name AS stage, json_extract(o.json, '$.Amount') AS amount,
  o.close_date AS closeDate, o.is_closed AS closed`;
const dealOrder = `o.is_closed, CASE WHEN o.is_closed = 1 THEN NULL ELSE o.close_date END,
  o.close_date DESC, o.id`;

type DealRow = Omit<Deal, 'amount' | 'closed'> & DealFlags;
const dealOf = (row: DealRow): Deal => ({
  ...row,
  amount: typeof row.amount === 'number' ? row.amount : null,
  closed: row.closed === 1,
});

function dealsOf(db: Database.Database, account: Account) {
  const rows = db
    .prepare(
      `SELECT ${dealColumns} FROM sf_opportunity o WHERE o.account_id = ?
       ORDER BY ${dealOrder} LIMIT ?`,
    )
    .all(account.id, shown) as DealRow[];
  return { account, deals: rows.map(dealOf) };
}

type RoleRow = { roleId: string; role: string | null; primaryRole: number | null };
type Contact = NonNullable<RelatedOutput['accountContacts']>['contacts'][number];

/** A contact's deals through the roles it plays on them, open deals first. */
function dealsThroughRoles(db: Database.Database, contactId: string) {
  const rows = db
    .prepare(
      `SELECT ${dealColumns}, r.id AS roleId, r.role, r.is_primary AS primaryRole
       FROM sf_opportunity_contact_role r JOIN sf_opportunity o ON o.id = r.opportunity_id
       WHERE r.contact_id = ? ORDER BY ${dealOrder}, r.id LIMIT ?`,
    )
    .all(contactId, shown) as Array<DealRow & RoleRow>;
  return rows.map(({ roleId, role, primaryRole, ...deal }) => ({
    ...dealOf(deal),
    roleId,
    role,
    primary: primaryRole === 1,
  }));
}

/** A deal's contact roles, the primary contact first. */
function rolesOf(db: Database.Database, dealId: string) {
  const rows = db
    .prepare(
      `SELECT c.id, c.name, json_extract(c.json, '$.Title') AS title,
         COALESCE(json_extract(c.json, '$.Phone'), json_extract(c.json, '$.MobilePhone')) AS phone,
         json_extract(c.json, '$.Email') AS email,
         r.id AS roleId, r.role, r.is_primary AS primaryRole
       FROM sf_opportunity_contact_role r JOIN sf_contact c ON c.id = r.contact_id
       WHERE r.opportunity_id = ?
       ORDER BY r.is_primary DESC, c.name COLLATE NOCASE, r.id LIMIT ?`,
    )
    .all(dealId, shown) as Array<Contact & RoleRow>;
  return rows.map(({ primaryRole, ...row }) => ({ ...row, primary: primaryRole === 1 }));
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
  // Each list finds its rows by an index a table being loaded does not have yet.
  const loading = loadingAmong(db, ['Task', 'Contact', 'Opportunity', 'OpportunityContactRole']);
  if (loading.length) {
    const none = { accountDeals: null, accountContacts: null, contactDeals: null };
    return { ...none, contactRoles: null, openTasks: [], openTaskCount: 0, loading };
  }
  // A cache synced before roles were holds none: it shows the account's deals and contacts.
  const roles = Boolean(db.prepare('SELECT 1 FROM sf_opportunity_contact_role LIMIT 1').get());
  const byAccount = !roles;
  const contactAccount =
    byAccount && object === 'Contact' ? accountOf(db, 'sf_contact', id) : undefined;
  const dealAccount =
    byAccount && object === 'Opportunity' ? accountOf(db, 'sf_opportunity', id) : undefined;
  return {
    ...openTasks(db, object, id),
    accountDeals: contactAccount ? dealsOf(db, contactAccount) : null,
    accountContacts: dealAccount ? contactsOf(db, dealAccount) : null,
    contactDeals: roles && object === 'Contact' ? dealsThroughRoles(db, id) : null,
    contactRoles: roles && object === 'Opportunity' ? rolesOf(db, id) : null,
    loading,
  };
}
