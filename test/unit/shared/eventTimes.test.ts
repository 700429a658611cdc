import { describe, expect, it } from 'vitest';
import { eventTimes } from '../../../src/shared/eventTimes';

const timed = {
  Subject: 'Site visit',
  IsAllDayEvent: false,
  StartDateTime: '2026-03-02T09:00:00.000+0000',
  EndDateTime: '2026-03-02T10:00:00.000+0000',
};
const allDay = {
  Subject: 'Trade fair',
  IsAllDayEvent: true,
  StartDateTime: '2026-03-02T00:00:00.000+0000',
  EndDateTime: '2026-03-03T00:00:00.000+0000',
};

describe('the checks an Event makes before it is queued', () => {
  it.each([
    [
      'a timed event, times given in any zone',
      null,
      {
        Subject: 'Demo',
        StartDateTime: '2026-03-02T10:00:00+01:00',
        EndDateTime: '2026-03-02T10:30Z',
      },
      {
        Subject: 'Demo',
        StartDateTime: '2026-03-02T09:00:00.000+0000',
        EndDateTime: '2026-03-02T10:30:00.000+0000',
      },
    ],
    [
      'an all-day event, by its dates',
      null,
      {
        Subject: 'Fair',
        IsAllDayEvent: true,
        StartDateTime: '2026-03-02',
        EndDateTime: '2026-03-03',
      },
      {
        Subject: 'Fair',
        IsAllDayEvent: true,
        StartDateTime: '2026-03-02T00:00:00.000+0000',
        EndDateTime: '2026-03-03T00:00:00.000+0000',
      },
    ],
    [
      'an all-day event of one day, no end given',
      null,
      { Subject: 'Fair', IsAllDayEvent: true, StartDateTime: '2026-03-02' },
      { Subject: 'Fair', IsAllDayEvent: true, StartDateTime: '2026-03-02T00:00:00.000+0000' },
    ],
    [
      'a later start alone: the end moves with it',
      timed,
      { StartDateTime: '2026-03-02T15:00:00Z' },
      { StartDateTime: '2026-03-02T15:00:00.000+0000' },
    ],
    ['a new place only', timed, { Location: 'Dock 4' }, { Location: 'Dock 4' }],
    [
      'an all-day event moved by a date',
      allDay,
      { EndDateTime: '2026-03-05' },
      { EndDateTime: '2026-03-05T00:00:00.000+0000' },
    ],
    [
      'a timed event made all-day with its date',
      timed,
      { IsAllDayEvent: true, StartDateTime: '2026-03-02', EndDateTime: '2026-03-02' },
      {
        IsAllDayEvent: true,
        StartDateTime: '2026-03-02T00:00:00.000+0000',
        EndDateTime: '2026-03-02T00:00:00.000+0000',
      },
    ],
  ])('takes %s', (_, current, changes, values) =>
    expect(eventTimes(current, changes)).toEqual({ ok: true, values }),
  );

  it.each([
    [
      'no subject',
      null,
      { StartDateTime: timed.StartDateTime, EndDateTime: timed.EndDateTime },
      { Subject: 'Subject is required.' },
    ],
    ['a subject cleared', timed, { Subject: '' }, { Subject: 'Subject is required.' }],
    [
      'a new timed event without times',
      null,
      { Subject: 'Call' },
      { StartDateTime: 'Start is required.', EndDateTime: 'End is required.' },
    ],
    [
      'an end before the start',
      null,
      { ...timed, EndDateTime: '2026-03-02T08:59:00Z' },
      { EndDateTime: 'End must not be before Start.' },
    ],
    [
      'an end moved before the start',
      timed,
      { EndDateTime: '2026-03-02T08:00:00Z' },
      { EndDateTime: 'End must not be before Start.' },
    ],
    [
      'an all-day end before its start',
      allDay,
      { EndDateTime: '2026-03-01' },
      { EndDateTime: 'End must not be before Start.' },
    ],
    [
      'a time without its zone',
      null,
      { ...timed, StartDateTime: '2026-03-02T09:00' },
      { StartDateTime: 'Start must be a date and time.' },
    ],
    [
      'a date for a timed event',
      timed,
      { EndDateTime: '2026-03-02' },
      { EndDateTime: 'End must be a date and time.' },
    ],
    [
      'a day that does not exist',
      timed,
      { StartDateTime: '2026-02-30T09:00:00Z' },
      { StartDateTime: 'Start must be a date and time.' },
    ],
    [
      'a time for an all-day event',
      allDay,
      { StartDateTime: '2026-03-02T09:00:00Z' },
      { StartDateTime: 'Start must be a date for an all-day event.' },
    ],
    [
      'all-day without a date',
      timed,
      { IsAllDayEvent: true },
      { StartDateTime: 'Start must be a date for an all-day event.' },
    ],
    ['an end cleared', timed, { EndDateTime: null }, { EndDateTime: 'End is required.' }],
  ])('refuses %s', (_, current, changes, errors) =>
    expect(eventTimes(current, changes)).toEqual({ ok: false, errors }),
  );
});
