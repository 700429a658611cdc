/** The narrowest a text column gets before the table scrolls sideways: a word and an ellipsis. */
export const narrowest = 88;
/** The first column names the row's record: it keeps room for most names. */
export const namesFloor = 140;
/**
 * Narrower than this (1024 px windows, or beside a record panel) a table's default columns are
 * too many to read: the ones marked `roomy` wait in the Columns menu.
 */
export const roomyTable = 900;

export type FitColumn = {
  /** Its width by default, or as the rep dragged it. */
  size: number;
  /** Its share of the spare width (0 for figures, phones and dates). */
  grow: number;
  /** The rep set its width: it keeps it. */
  resized: boolean;
  /** It names the row's record (the first column). */
  names?: boolean;
};

/**
 * How one column sits in a row: it starts at its size, takes its share of spare width and, when
 * the window is narrow, a text column gives some back down to a readable floor, in the same share
 * (an email, which takes most, gives most back before a company or a status is cut). Figures,
 * phones, dates and widths the rep chose never shrink, so they are never cut.
 */
export function columnFlex(column: FitColumn): { flex: string; minWidth: number } {
  const shrinks = column.grow > 0 && !column.resized;
  return {
    flex: `${column.grow} ${shrinks ? column.grow : 0} ${column.size}px`,
    minWidth: shrinks ? Math.min(column.size, column.names ? namesFloor : narrowest) : column.size,
  };
}

/** The row's width: the window's, or wider (and scrolled) once every column is at its floor. */
export function rowWidth(columns: FitColumn[]): string {
  const least = columns.reduce((sum, c) => sum + columnFlex(c).minWidth, 0);
  return `max(100%, ${least}px)`;
}

/** The columns off until the rep shows them: hidden ones, and roomy ones in a narrow table. */
export function defaultVisibility(
  columns: Array<{ id: string; hidden?: boolean; roomy?: boolean }>,
  narrow: boolean,
): Record<string, boolean> {
  return Object.fromEntries(
    columns.filter((c) => c.hidden || (narrow && c.roomy)).map((c) => [c.id, false]),
  );
}
