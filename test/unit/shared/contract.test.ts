import { describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../../src/core/ipc/handlerTable';
import { invokeHandler } from '../../../src/core/ipc/invokeHandler';
import { eventChannels, invokeChannels } from '../../../src/shared/ipc/channels';
import { eventContract, invokeContract } from '../../../src/shared/ipc/contract';
import { IpcError } from '../../../src/shared/ipc/result';
import { createTestCore } from '../../support/testCore';

const { core } = createTestCore({
  info: { name: 'Roadbook', version: '1.2.3', platform: 'web-test-bed' },
});

const huge = 'k'.repeat(1_000_000);

const malformed: unknown[] = [
  undefined,
  null,
  'a string',
  42,
  [],
  { unexpected: true },
  { url: 7 },
  { url: 'x'.repeat(5000) },
];

describe('IPC contract', () => {
  it('names exactly the channels and events the schemas define', () => {
    expect(Object.keys(invokeContract).sort()).toEqual([...invokeChannels].sort());
    expect(Object.keys(eventContract).sort()).toEqual([...eventChannels].sort());
  });

  it.each(invokeChannels)('%s rejects malformed input with a typed error', async (channel) => {
    for (const input of malformed) {
      const result = await invokeHandler(core.handlers, channel, input);
      if (result.ok) {
        // The only acceptable success is input the schema really allows.
        expect(invokeContract[channel].input.safeParse(input).success).toBe(true);
        continue;
      }
      expect(result.code).toBe('INVALID_INPUT');
      expect(result.message).toContain(channel);
    }
  });

  it('rejects every input shape that is not the contract', async () => {
    const rejected = await Promise.all(
      malformed.map((input) => invokeHandler(core.handlers, 'app.info', input)),
    );
    expect(rejected.every((r) => !r.ok && r.code === 'INVALID_INPUT')).toBe(true);
  });

  it.each(['2024-13-45', '2023-02-29', '2024-04-31'])(
    'refuses the impossible custom date %s before any handler runs',
    async (day) => {
      const board = { owner: 'all', cardsPerStage: 10 };
      for (const close of [
        { period: 'custom', from: day },
        { period: 'custom', from: '2024-01-01', to: day },
      ]) {
        const result = await invokeHandler(core.handlers, 'pipeline.board', { ...board, close });
        expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      }
    },
  );

  it.each([
    ['edits.form', { object: 'Lead', [huge]: 1 }],
    ['edits.save', { object: 'Lead', id: '001000000000001AAA', changes: { [huge]: 'x' } }],
    ['edits.save', { object: 'Lead', id: '001000000000001AAA', changes: { [`a${huge}`]: 'x' } }],
    ['records.list', { [huge]: { [huge]: 1 } }],
  ] as const)('keeps the message short when %s gets a 1 MB key', async (channel, input) => {
    const result = await invokeHandler(core.handlers, channel, input);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(JSON.stringify(result).length).toBeLessThan(500);
  });

  it('answers valid input with the handler value', async () => {
    await expect(invokeHandler(core.handlers, 'app.info', {})).resolves.toEqual({
      ok: true,
      value: { name: 'Roadbook', version: '1.2.3', platform: 'web-test-bed' },
    });
  });

  it.each(['nope', 'app.info.extra', '__proto__', 'constructor', 42, null])(
    'rejects unknown channel %s',
    async (channel) => {
      await expect(invokeHandler(core.handlers, channel, {})).resolves.toEqual({
        ok: false,
        code: 'UNKNOWN_CHANNEL',
        message: 'Unknown request.',
      });
    },
  );

  it('keeps internal error details in main and passes IpcError through', async () => {
    const logged: unknown[] = [];
    const table: HandlerTable = {
      ...core.handlers,
      'app.info': () => {
        throw new Error('SQLITE_CORRUPT at /home/rep/.config/roadbook/x.sqlite');
      },
      'auth.status': () => {
        throw new IpcError('NOT_ALLOWED', 'Sign in first.');
      },
    };
    const internal = await invokeHandler(table, 'app.info', {}, (_c, e) => logged.push(e));
    expect(internal).toEqual({
      ok: false,
      code: 'INTERNAL',
      message: 'Something went wrong in Roadbook.',
    });
    expect(logged).toHaveLength(1);
    await expect(invokeHandler(table, 'auth.status', {})).resolves.toEqual({
      ok: false,
      code: 'NOT_ALLOWED',
      message: 'Sign in first.',
    });
  });
});
