/** What can start a formula in Excel, LibreOffice or Google Sheets. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One cell as text. A record's text came from whoever typed it into Salesforce, and a
 * spreadsheet runs a cell that starts like a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`): a
 * leading apostrophe makes it plain text there, and every text is quoted, so a spreadsheet that
 * splits lines at semicolons (its list separator in much of Europe) cannot start a new cell
 * inside one: "Acme;=cmd|…" stays one cell (OWASP's advice for CSV injection, both parts).
 * Numbers are the cache's own and stay numbers, so a negative amount still adds up.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  return `"${(formulaStart.test(text) ? `'${text}` : text).replaceAll('"', '""')}"`;
}

/** A header of labels, then one line per record (RFC 4180 quoting). */
export function tableCsv(
  columns: ReadonlyArray<{ field: string; label: string }>,
  rows: Iterable<Record<string, unknown>>,
): string {
  const lines = [columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.field])).join(','));
  return lines.join('\n');
}
