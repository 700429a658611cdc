import type { RecordRow } from '../../shared/ipc/views';

/** Names looked up in the cache beside a row: who owns it, which account it belongs to. */
export const ownerName = (table: string) =>
  `(SELECT sf_user.name FROM sf_user WHERE sf_user.id = ${table}.owner_id)`;
export const accountName = (table: string) =>
  `(SELECT sf_account.name FROM sf_account WHERE sf_account.id = ${table}.account_id)`;

export type NamedRow = { json: string; owner_name: string | null; account_name?: string | null };

/** `SELECT json, owner_name[, account_name] FROM table`, for a WHERE clause to follow. */
export function selectWithNames(table: string, withAccount: boolean): string {
  const account = withAccount ? `, ${accountName(table)} AS account_name` : '';
  return `SELECT json, ${ownerName(table)} AS owner_name${account} FROM ${table}`;
}

/** The record as Salesforce sent it, plus OwnerName (and AccountName when asked for). */
export const named = (row: NamedRow): RecordRow => ({
  ...(JSON.parse(row.json) as RecordRow),
  OwnerName: row.owner_name,
  ...(row.account_name !== undefined ? { AccountName: row.account_name } : {}),
});
