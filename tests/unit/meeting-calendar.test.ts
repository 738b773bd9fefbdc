// Meeting calendars: the right number of meetings, never in July, June and November kept first,
// preparing bodies before deciding bodies in the same month.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingDays, monthOfDay, nextMeeting } from '@/domain/meeting-calendar';

describe('meetingDays', () => {
  it('gives as many distinct sorted days as meetings, none in July', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (count, offset) => {
        const days = meetingDays(count, offset);
        expect(days).toHaveLength(count);
        expect(new Set(days).size).toBe(count);
        expect(days).toEqual([...days].sort((a, b) => a - b));
        for (const day of days) {
          expect(monthOfDay(day)).not.toBe(6);
          expect(day).toBeGreaterThanOrEqual(0);
          expect(day).toBeLessThan(365);
        }
      }),
    );
  });

  it('keeps June and November for any body meeting at least twice, and drops January before August', () => {
    for (let count = 2; count <= 11; count++) {
      const months = meetingDays(count).map(monthOfDay);
      expect(months).toContain(5);
      expect(months).toContain(10);
    }
    expect(meetingDays(10).map(monthOfDay)).not.toContain(0);
    expect(meetingDays(10).map(monthOfDay)).toContain(7);
  });

  it('puts a preparing body before the deciding body in the same month', () => {
    const utskott = meetingDays(10, 0.2);
    const board = meetingDays(10, 0.55);
    utskott.forEach((day, i) => expect(day).toBeLessThan(board[i]!));
  });

  it('finds the next meeting strictly after a day', () => {
    const days = [10, 40, 70];
    expect(nextMeeting(days, 0)).toBe(10);
    expect(nextMeeting(days, 10)).toBe(40);
    expect(nextMeeting(days, 70)).toBeUndefined();
  });
});
