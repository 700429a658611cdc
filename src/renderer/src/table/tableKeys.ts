export type KeyPress = { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean };

/** Where the selection goes, or what happens to the selected row. */
export type TableKeyAction = { row: number } | { act: 'open' | 'edit' };

/**
 * The table's keys: J/K and the arrows step a row, Page Up/Down a screenful, Home/End to the
 * ends, Enter opens the selected record and E edits it. Undefined for any other key, with a
 * modifier held (Ctrl+K stays search's), or when the selection would not move.
 */
export function tableKeyAction(
  press: KeyPress,
  active: number,
  total: number,
  page: number,
): TableKeyAction | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey || total === 0) return undefined;
  const targets: Record<string, number> = {
    ArrowDown: active + 1,
    j: active + 1,
    ArrowUp: active - 1,
    k: active - 1,
    PageDown: active + page,
    PageUp: active - page,
    Home: 0,
    End: total - 1,
  };
  if (press.key === 'Enter') return { act: 'open' };
  if (press.key === 'e') return { act: 'edit' };
  const target = targets[press.key];
  if (target === undefined) return undefined;
  const row = Math.max(0, Math.min(total - 1, target));
  return row === active ? undefined : { row };
}
