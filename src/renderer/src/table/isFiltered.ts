/** Whether a table's filter narrows anything (an empty text box or "Everyone" does not). */
export function isFiltered(filter: Record<string, unknown>): boolean {
  return Object.entries(filter).some(([key, value]) => {
    if (key === 'owner') return value !== 'all';
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === 'string') return value.trim() !== '';
    if (value && typeof value === 'object') return (value as { period?: string }).period !== 'any';
    return false;
  });
}
