import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/core/store/openDatabase';
import { pauseRollup, resumeRollup } from '../../../../src/core/store/opportunityRollup';
import { pipelineBoard } from '../../../../src/core/views/pipelineBoard';
import type { Period } from '../../../../src/shared/periods';
import { createRandom } from '../../../fake-org/random';
import { rollupBesideRows } from '../../../support/pipelineRollup';

const stages = ['Prospecting', 'Proposal', 'Closed Won', 'Closed Lost', null] as const;
const days = ['2026-01-15', '2026-01-31', '2026-02-01', null] as const;

describe('pipeline rollup', () => {
  it('stays equal to the deals through inserts, edits of every summed field and deletes', () => {
    const db = openDatabase(':memory:');
    const random = createRandom(7);
    const deal = () => {
      const stage = random.pick(stages);
      return {
        stage,
        closed: stage?.startsWith('Closed') ? 1 : random.chance(0.1) ? null : 0,
        won: stage === 'Closed Won' ? 1 : 0,
        amount: random.chance(0.2) ? null : random.int(0, 100_000) / 100,
        probability: random.chance(0.2) ? null : random.int(0, 100),
        day: random.pick(days),
      };
    };
    const insert = db.prepare(
      `INSERT INTO sf_opportunity (id, system_modstamp, json, stage_name, is_closed, is_won, amount, probability, close_date)
       VALUES (?, '2026-01-01T00:00:00.000+0000', '{}', @stage, @closed, @won, @amount, @probability, @day)`,
    );
    // One field at a time, so each change alone has to reach the rollup.
    const columns = {
      stage: 'stage_name',
      closed: 'is_closed',
      won: 'is_won',
      amount: 'amount',
      probability: 'probability',
      day: 'close_date',
    } as const;
    const updates = Object.entries(columns).map(
      ([field, column]) =>
        [
          field as keyof typeof columns,
          db.prepare(`UPDATE sf_opportunity SET ${column} = ? WHERE id = ?`),
        ] as const,
    );
    const touch = db.prepare(`UPDATE sf_opportunity SET json = '{"x":1}' WHERE id = ?`);
    const remove = db.prepare('DELETE FROM sf_opportunity WHERE id = ?');
    const ids = Array.from({ length: 40 }, (_, i) => `006${String(i).padStart(15, '0')}`);
    const present = new Set<string>();
    for (let step = 0; step < 2000; step++) {
      const id = random.pick(ids);
      if (!present.has(id)) {
        insert.run(id, deal());
        present.add(id);
      } else if (random.chance(0.2)) {
        remove.run(id);
        present.delete(id);
      } else if (random.chance(0.1)) {
        touch.run(id);
      } else {
        const [field, update] = random.pick(updates);
        update.run(deal()[field], id);
      }
      if (step % 100 === 99) {
        const { kept, rows } = rollupBesideRows(db);
        expect(kept).toEqual(rows);
      }
    }
    expect(present.size).toBeGreaterThan(10);

    // The board over every deal (from the rollup) says what the same board for the one owner
    // every deal has (from the rows) says.
    db.exec(`UPDATE sf_opportunity SET owner_id = '005000000000001AAA'`);
    const context = { userId: '005000000000001AAA', now: new Date('2026-01-20T12:00:00') };
    // Sums added in another order differ in the last bits; amount × whole percent has 4 decimals.
    const board = (owner: 'all' | 'me', period: Period) =>
      JSON.stringify(
        pipelineBoard(db, { owner, close: { period }, cardsPerStage: 0 }, context),
        (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 10_000) / 10_000 : v),
      );
    const periods = ['any', 'this-month', 'this-quarter', 'overdue'] as const;
    for (const period of periods) expect(board('all', period)).toEqual(board('me', period));

    // While a first load runs the rollup is not kept: the board says the deals are still
    // loading rather than sum every deal itself, and answers as before once it is built again.
    const before = periods.map((period) => board('all', period));
    pauseRollup(db, 'sf_opportunity');
    db.exec('DELETE FROM opportunity_rollup');
    const loading = pipelineBoard(
      db,
      { owner: 'all', close: { period: 'any' }, cardsPerStage: 0 },
      context,
    );
    expect(loading).toMatchObject({ stages: [], loading: ['Opportunity'] });
    resumeRollup(db, 'sf_opportunity');
    expect(periods.map((period) => board('all', period))).toEqual(before);
  });
});
