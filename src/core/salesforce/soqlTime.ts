/** SOQL datetime literal (UTC) from epoch ms, and back from Salesforce's "+0000" form. */
export const soqlDateTime = (ms: number) => new Date(ms).toISOString();
export const parseSfDateTime = (value: string) =>
  Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));

/** Rows committed late can carry an older SystemModstamp; every incremental window overlaps by this. */
export const overlapMs = 10 * 60_000;
