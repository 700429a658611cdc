import type { Connection } from 'jsforce';

type Organization = { Name: string; IsSandbox: boolean; DefaultCurrencyIsoCode?: string };

/**
 * The org's name, sandbox flag and currency. The currency only formats amounts, so an org that
 * refuses the field still signs in, without it.
 */
export async function organizationOf(conn: Connection): Promise<Organization | undefined> {
  try {
    const result = await conn.query<Organization>(
      'SELECT Name, IsSandbox, DefaultCurrencyIsoCode FROM Organization',
    );
    return result.records[0];
  } catch (error) {
    if ((error as { errorCode?: string }).errorCode !== 'INVALID_FIELD') throw error;
    const result = await conn.query<Organization>('SELECT Name, IsSandbox FROM Organization');
    return result.records[0];
  }
}
