import type { ConnectionSummary } from '../../shared/ipc/authState';

/** What main keeps about a connection besides its refresh token (which lives in the vault). */
export type ConnectionRecord = {
  orgId: string;
  userId: string;
  username: string;
  displayName: string;
  orgName: string;
  isSandbox: boolean;
  /** The org's default currency (ISO code), for formatting amounts. */
  currency?: string;
  instanceUrl: string;
  loginHost: string;
  clientId: string;
  state: 'connected' | 'reconnect-needed';
  reason?: string;
};

export const keyOf = (record: Pick<ConnectionRecord, 'orgId' | 'userId'>) =>
  `${record.orgId}-${record.userId}`;
/** The Salesforce user a connection key (`<orgId>-<userId>`, see keyOf) belongs to. */
export const userIdOf = (key: string) => key.split('-')[1]!;
export const secretKeyOf = (key: string) => `refresh-token:${key}`;

export function summarise(
  record: ConnectionRecord,
  activeKey: string | undefined,
): ConnectionSummary {
  const key = keyOf(record);
  return {
    key,
    username: record.username,
    displayName: record.displayName,
    orgName: record.orgName,
    instanceHost: new URL(record.instanceUrl).host,
    loginHost: new URL(record.loginHost).host,
    isSandbox: record.isSandbox,
    currency: record.currency ?? null,
    state: record.state,
    ...(record.reason ? { reason: record.reason } : {}),
    active: key === activeKey,
  };
}
