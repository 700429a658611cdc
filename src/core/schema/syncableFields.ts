import type { ObjectSpec } from './objectSpecs';

/**
 * Text areas longer than this are left out unless Roadbook's own list names them (Description):
 * Salesforce caps a query page at 200 rows once two long text areas are in it, and a rep's
 * table has no use for pages of notes. 255 is where Salesforce's "long text area" starts.
 */
export const longTextLimit = 255;

/**
 * Room for the SELECT list in a REST query's URI, encoded. Salesforce refuses a URI and headers
 * over 16,384 bytes together (414/431); the WHERE clause, the path and the headers (the bearer
 * token) keep the other quarter.
 */
export const selectBudgetBytes = 12_000;

/** Files and compound values: their parts (BillingCity, Latitude) are fields of their own. */
const unsyncedTypes = new Set(['base64', 'address', 'location', 'complexvalue']);

/** What every pull needs whatever describe says, then the fields Roadbook's views use. */
const required = (spec: ObjectSpec) =>
  new Set(['Id', 'SystemModstamp', 'LastModifiedDate', 'IsDeleted', ...spec.fields]);

const encodedSize = (name: string) => encodeURIComponent(`${name}, `).length;

/**
 * The fields a pull reads: every field describe shows this user (describe leaves out what
 * field-level security hides), less files, compound values and long text areas. Roadbook's own
 * fields come first; an object so wide that the query would pass Salesforce's URI limit keeps
 * the fields that fit, in describe's order, and the rest are left out.
 */
/** What describe says of a field, as much as choosing needs. */
type Described = { name: string; type: string; length: number };

export function syncableFields<F extends Described>(
  described: readonly F[],
  spec: ObjectSpec,
): F[] {
  const own = required(spec);
  const first = described.filter((f) => own.has(f.name));
  const rest = described.filter(
    (f) =>
      !own.has(f.name) &&
      !unsyncedTypes.has(f.type) &&
      !(f.type === 'textarea' && f.length > longTextLimit),
  );
  let budget = selectBudgetBytes - first.reduce((sum, f) => sum + encodedSize(f.name), 0);
  const fitting = rest.filter((f) => (budget -= encodedSize(f.name)) >= 0);
  const chosen = new Set([...first, ...fitting]);
  return described.filter((f) => chosen.has(f));
}
