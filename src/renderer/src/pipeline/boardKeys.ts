/** A card's place on the board: its column and its row in that column. */
export type Spot = { column: number; row: number };

/** What each column holds and the row its Tab stop is on, left to right. */
export type ColumnStops = Array<{ count: number; stop: number }>;

/**
 * Where a key takes the focus: Up/Down (and K/J) within a column, Home/End to its ends,
 * Left/Right to the Tab stop of the nearest column that has cards. Undefined when the key does
 * not move (not a board key, or already at the edge).
 */
export function nextSpot(key: string, from: Spot, columns: ColumnStops): Spot | undefined {
  const count = columns[from.column]?.count ?? 0;
  const within = (row: number) =>
    row >= 0 && row < count && row !== from.row ? { column: from.column, row } : undefined;
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return within(from.row + 1);
    case 'ArrowUp':
    case 'k':
      return within(from.row - 1);
    case 'Home':
      return within(0);
    case 'End':
      return within(count - 1);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (
        let column = from.column + step;
        column >= 0 && column < columns.length;
        column += step
      ) {
        const next = columns[column]!;
        if (next.count > 0) return { column, row: Math.min(next.stop, next.count - 1) };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
