import type Database from 'better-sqlite3';
import type { AccountDetail } from '../../shared/ipc/views';
import { loadingAmong } from './loadingAmong';
import { named, selectWithNames, type NamedRow } from './namedRows';
import { recordDetail } from './recordDetail';

/** An account page: the account, its contacts and its deals. */
export function accountDetail(db: Database.Database, id: string): AccountDetail {
  const account = recordDetail(db, 'Account', id);
  // Its contacts and deals are found by an index a table being loaded does not have yet.
  const loading = loadingAmong(db, ['Contact', 'Opportunity']);
  if (!account || loading.length)
    return {
      account,
      contacts: [],
      openOpportunities: [],
      closedOpportunities: [],
      loading,
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
  return {
    account,
    contacts,
    openOpportunities: deals(0, 'close_date, rowid'),
    closedOpportunities: deals(1, 'close_date DESC, rowid'),
    loading,
  };
}
