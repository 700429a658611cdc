/** SOQL datetime literal (UTC) from epoch ms, and back from Salesforce's "+0000" form. */
export const soqlDateTime = (ms: number) => new Date(ms).toISOString();
export const parseSfDateTime = (value: string) =>
  Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));

/**
 * Salesforce's REST form of a UTC time ("2026-01-02T10:00:00.000+0000"), from epoch ms or an
 * ISO string ending in Z; the cache keeps stamps in this form so they compare as text.
 */
export const sfDateTime = (time: number | string) =>
  (typeof time === 'number' ? new Date(time).toISOString() : time).replace(/Z$/, '+0000');

/** The SOQL conditions for rows stamped in [from, to]; no lower bound when `from` is undefined. */
export const modstampWindow = (from: number | undefined, to: number): string[] => [
  ...(from === undefined ? [] : [`SystemModstamp >= ${soqlDateTime(from)}`]),
  `SystemModstamp <= ${soqlDateTime(to)}`,
];

/** Rows committed late can carry an older SystemModstamp; every incremental window overlaps by this. */
export const overlapMs = 10 * 60_000;
