// Meeting calendars (DESIGN §4.2): one rule for every body — the right number of meetings, never in July,
// June and November kept first, a body's day set by the scenario's meeting day plus one chain step per
// body preparing for it (whatever its kind), explicit dates where a model gives them — and the one
// next-meeting function every mechanism uses.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ModelSchema, type Model } from '@/domain/model-schema';
import { chainDepths, dayOfDate, firstMeetingFrom, meetingCalendar, meetingDays, monthOfDay } from '@/domain/meeting-calendar';

const shipped = (id: string): Model => v.parse(ModelSchema, JSON.parse(readFileSync(`models/${id}.json`, 'utf8')));

describe('meetingDays', () => {
  it('gives as many distinct sorted days as meetings, none in July', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 40 }), (count, day) => {
        const days = meetingDays(count, day);
        expect(days).toHaveLength(count);
        expect(new Set(days).size).toBe(count);
        expect(days).toEqual([...days].sort((a, b) => a - b));
        for (const d of days) {
          expect(monthOfDay(d)).not.toBe(6);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThan(365);
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
});

describe('one calendar rule for every body', () => {
  it('puts a body one chain step after the bodies that prepare for it, by structure, not by kind', () => {
    const today = shipped('ange-today');
    const a = shipped('ange-a');
    expect(Object.fromEntries(chainDepths(today))).toMatchObject({ 'ks-au': 0, socialnamnd: 0, ks: 1, kf: 2 });
    expect(Object.fromEntries(chainDepths(a))).toMatchObject({ 'larande-stod': 0, 'bygg-miljonamnd': 0, ks: 1, kf: 2 });
    const rule = { meetingDayOfMonth: 10, chainStepDays: 5 };
    const calendar = meetingCalendar(a, rule);
    // February: 1 February is day 31.
    expect(calendar.get('larande-stod')).toContain(31 + 10);
    expect(calendar.get('ks')).toContain(31 + 15);
    expect(calendar.get('kf')).toContain(31 + 20);
    // A committee and an utskott with the same meetings per year meet on the same days.
    expect(meetingCalendar(today, rule).get('socialnamnd')).toEqual(calendar.get('omsorg-stod'));
  });

  it('takes a model’s own meeting dates where it gives them', () => {
    const a = shipped('ange-a');
    const withDates: Model = { ...a, bodies: a.bodies.map((b) => (b.id === 'ks' ? { ...b, meetingDates: ['02-03', '01-20'] } : b)) };
    expect(meetingCalendar(withDates).get('ks')).toEqual([19, 33]);
    expect(dayOfDate('12-31')).toBe(364);
    expect(dayOfDate('02-29')).toBeUndefined();
  });
});

describe('firstMeetingFrom', () => {
  it('finds the first meeting on or after a day, repeating the calendar into later years', () => {
    const days = [10, 40, 70];
    expect(firstMeetingFrom(days, 0)).toBe(10);
    expect(firstMeetingFrom(days, 10)).toBe(10);
    expect(firstMeetingFrom(days, 11)).toBe(40);
    expect(firstMeetingFrom(days, 71)).toBe(365 + 10);
    expect(firstMeetingFrom(days, 365 + 41)).toBe(365 + 70);
    expect(firstMeetingFrom([], 5)).toBeUndefined();
  });
});
