import type Database from 'better-sqlite3';

/**
 * The pipeline rollup the triggers keep, beside the one the opportunity rows give: equal when
 * every write reached it. Sums rounded past cents, as adding and taking away drifts in the last bits.
 */
export function rollupBesideRows(db: Database.Database): { kept: unknown[]; rows: unknown[] } {
  return {
    kept: db
      .prepare(
        `SELECT is_closed, stage_name, close_date, is_won, record_type_id, currency_iso_code, count,
           ROUND(total, 4) + 0 AS total, ROUND(weighted, 4) + 0 AS weighted
         FROM opportunity_rollup ORDER BY 1, 2, 3, 4, 5, 6`,
      )
      .all(),
    rows: db
      .prepare(
        `SELECT IFNULL(is_closed, -1) AS is_closed, IFNULL(stage_name, '') AS stage_name,
           IFNULL(close_date, '') AS close_date, IFNULL(is_won, -1) AS is_won,
           IFNULL(record_type_id, '') AS record_type_id,
           IFNULL(currency_iso_code, '') AS currency_iso_code, COUNT(*) AS count,
           ROUND(TOTAL(amount), 4) + 0 AS total,
           ROUND(TOTAL(amount * probability / 100.0), 4) + 0 AS weighted
         FROM sf_opportunity GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
      )
      .all(),
  };
}
