import type Database from 'better-sqlite3';
import type { AccountDetail } from '../../shared/ipc/views';
import { named, selectWithNames, type NamedRow } from './namedRows';
import { recordDetail } from './recordDetail';

/** An account page: the account, its contacts, its deals, and what changed lately. */
export function accountDetail(db: Database.Database, id: string): AccountDetail {
  const account = recordDetail(db, 'Account', id);
  if (!account)
    return {
      account: null,
      contacts: [],
      openOpportunities: [],
      closedOpportunities: [],
      activity: [],
    };
  const accountId = String(account['Id']);
  const contacts = (
    db
      .prepare(
        `${selectWithNames('sf_contact', false)} WHERE account_id = ? ORDER BY name COLLATE NOCASE LIMIT 500`,
      )
      .all(accountId) as NamedRow[]
  ).map(named);
  const deals = (closed: 0 | 1, order: string) =>
    (
      db
        .prepare(
          `${selectWithNames('sf_opportunity', false)} WHERE account_id = ? AND is_closed = ? ORDER BY ${order} LIMIT 200`,
        )
        .all(accountId, closed) as NamedRow[]
    ).map(named);
  const activity = db
    .prepare(
      `SELECT * FROM (
         SELECT 'Opportunity' AS object, id, name AS title, stage_name AS what, last_modified_date AS "when" FROM sf_opportunity WHERE account_id = @id
         UNION ALL
         SELECT 'Contact', id, name, 'Contact updated', last_modified_date FROM sf_contact WHERE account_id = @id
         UNION ALL
         SELECT 'Account', id, name, 'Account updated', last_modified_date FROM sf_account WHERE id = @id
         UNION ALL
         SELECT 'Task', id, subject, CASE WHEN local_state = 'created' THEN 'Logged here, not sent yet' ELSE 'Logged call' END,
           COALESCE(last_modified_date, json_extract(json, '$.CreatedDate')) FROM sf_task
         WHERE what_id = @id OR what_id IN (SELECT id FROM sf_opportunity WHERE account_id = @id)
           OR who_id IN (SELECT id FROM sf_contact WHERE account_id = @id)
       ) WHERE "when" IS NOT NULL ORDER BY "when" DESC LIMIT 10`,
    )
    .all({ id: accountId }) as AccountDetail['activity'];
  return {
    account,
    contacts,
    openOpportunities: deals(0, 'close_date, rowid'),
    closedOpportunities: deals(1, 'close_date DESC, rowid'),
    activity: activity.map((a) => ({ ...a, title: a.title ?? '', what: a.what ?? '' })),
  };
}
