import type { Request } from '../http/route';
import type { QueryContext } from '../soql/context';

/** A query runs as the signed-in user, against the org's clock, in the request's API version. */
export function queryContext(request: Request, soql: string): QueryContext {
  const { org, userId } = request;
  return {
    store: org.store,
    soql,
    now: org.clock.now(),
    apiVersion: request.apiVersion,
    canSeeField: (object, field) => org.canSeeField(userId, object, field),
    canSeeRow: (_object, row) => org.canSeeRow(userId, row),
    userCurrency: org.store.table('User').rows.get(userId)?.['DefaultCurrencyIsoCode'] as
      string | undefined,
  };
}
