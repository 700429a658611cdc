export type TableSettings = {
  visibility: Record<string, boolean>;
  sizing: Record<string, number>;
};

const keyOf = (table: string) => `roadbook.table.${table}`;

/** Column choices and widths are the rep's, remembered on this computer per table. */
export function loadTableSettings(table: string): TableSettings {
  try {
    const saved = JSON.parse(localStorage.getItem(keyOf(table)) ?? '{}') as Partial<TableSettings>;
    return { visibility: saved.visibility ?? {}, sizing: saved.sizing ?? {} };
  } catch {
    return { visibility: {}, sizing: {} };
  }
}

export function saveTableSettings(table: string, settings: TableSettings): void {
  localStorage.setItem(keyOf(table), JSON.stringify(settings));
}
