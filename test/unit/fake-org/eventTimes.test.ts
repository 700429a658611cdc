import { describe, expect, it } from 'vitest';
import { deriveEventTimes } from '../../fake-org/records/eventTimes';

const at = (hhmm: string, day = '2026-03-02') => `${day}T${hhmm}:00.000+0000`;

describe('deriveEventTimes', () => {
  it.each([
    {
      case: 'start and duration give the end',
      row: { StartDateTime: at('09:00'), DurationInMinutes: 90 },
      changed: ['StartDateTime', 'DurationInMinutes'],
      expected: { EndDateTime: at('10:30'), ActivityDateTime: at('09:00'), DurationInMinutes: 90 },
    },
    {
      case: 'start and end give the duration',
      row: { StartDateTime: at('09:00'), EndDateTime: at('09:45') },
      changed: ['StartDateTime', 'EndDateTime'],
      expected: { DurationInMinutes: 45, ActivityDate: '2026-03-02' },
    },
    {
      case: 'ActivityDateTime stands in for the start',
      row: { ActivityDateTime: at('14:00'), DurationInMinutes: 30 },
      changed: ['ActivityDateTime', 'DurationInMinutes'],
      expected: { StartDateTime: at('14:00'), EndDateTime: at('14:30') },
    },
    {
      case: 'moving the start keeps the duration',
      row: { StartDateTime: at('11:00'), EndDateTime: at('10:00'), DurationInMinutes: 60 },
      changed: ['StartDateTime'],
      expected: { EndDateTime: at('12:00'), DurationInMinutes: 60 },
    },
    {
      case: 'moving the end changes the duration',
      row: { StartDateTime: at('09:00'), EndDateTime: at('11:00'), DurationInMinutes: 60 },
      changed: ['EndDateTime'],
      expected: { DurationInMinutes: 120 },
    },
    {
      case: 'an all-day event with no length lasts one day from midnight UTC',
      row: { IsAllDayEvent: true, ActivityDate: '2026-03-02' },
      changed: ['IsAllDayEvent', 'ActivityDate'],
      expected: {
        StartDateTime: at('00:00'),
        EndDateTime: at('00:00'),
        ActivityDateTime: at('00:00'),
        DurationInMinutes: 1440,
      },
    },
    {
      case: 'an all-day event ending two days later lasts three days',
      row: {
        IsAllDayEvent: true,
        ActivityDate: '2026-03-02',
        EndDateTime: at('00:00', '2026-03-04'),
      },
      changed: ['IsAllDayEvent', 'ActivityDate', 'EndDateTime'],
      expected: { DurationInMinutes: 4320, EndDateTime: at('00:00', '2026-03-04') },
    },
  ])('$case', ({ row, changed, expected }) => {
    const out = deriveEventTimes(row, Object.fromEntries(changed.map((c) => [c, true])));
    expect(out).toMatchObject(expected);
  });

  it.each([
    {
      case: 'a timed event without duration or end',
      row: { StartDateTime: at('09:00') },
      changed: ['StartDateTime'],
      errorCode: 'REQUIRED_FIELD_MISSING',
    },
    {
      case: 'a timed event without a start',
      row: { DurationInMinutes: 30 },
      changed: ['DurationInMinutes'],
      errorCode: 'REQUIRED_FIELD_MISSING',
    },
    {
      case: 'an end and a duration that disagree',
      row: { StartDateTime: at('09:00'), EndDateTime: at('10:00'), DurationInMinutes: 30 },
      changed: ['StartDateTime', 'EndDateTime', 'DurationInMinutes'],
      errorCode: 'FIELD_INTEGRITY_EXCEPTION',
    },
    {
      case: 'an end before the start',
      row: { StartDateTime: at('09:00'), EndDateTime: at('08:00') },
      changed: ['StartDateTime', 'EndDateTime'],
      errorCode: 'FIELD_INTEGRITY_EXCEPTION',
    },
  ])('refuses $case with $errorCode', ({ row, changed, errorCode }) => {
    expect(() => deriveEventTimes(row, Object.fromEntries(changed.map((c) => [c, true])))).toThrow(
      expect.objectContaining({ errorCode }),
    );
  });
});
