import { describe, expect, it } from 'vitest';
import { clockOf, timeOf } from '../../../../src/renderer/src/edit/meetingTimes';

describe('a meeting form’s times', () => {
  it.each([
    { value: '2026-03-02', allDay: true, sent: '2026-03-02' },
    { value: '2026-03-02T09:30', allDay: true, sent: '2026-03-02' },
    { value: '', allDay: false, sent: '' },
    { value: 'soon', allDay: false, sent: 'soon' },
    { value: '2026-02-30T09:30', allDay: false, sent: '2026-02-30T09:30' },
  ])('sends $value (all day: $allDay) as "$sent"', ({ value, allDay, sent }) => {
    expect(timeOf(value, allDay)).toBe(sent);
  });

  it.each([
    Date.UTC(2026, 2, 2, 9, 30),
    Date.UTC(2026, 11, 31, 23, 45),
    Date.UTC(2026, 6, 1, 0, 0),
  ])('shows the rep’s clock and sends back the same instant (%i)', (ms) => {
    const shown = clockOf(ms);
    expect(shown).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(timeOf(shown, false)).toBe(new Date(ms).toISOString());
  });
});
