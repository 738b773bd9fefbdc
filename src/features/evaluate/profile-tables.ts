// The tables behind the radar: points per area for each profile shown (with the total out of 800), and
// every sub-question with its maximum and each profile's points; plus before and after for one
// municipality with the change per area. As TableSpecs, so the same numbers feed the HTML tables and the
// CSV files.
import type { Evaluation } from '@/domain/evaluation-schema';
import { AREA_NUMBERS, kompassArea } from '@/domain/kommunkompassen';
import type { Text } from '@/domain/model-schema';
import type { TableSpec } from '@/render/table-spec';
import type { ShownProfile } from './evaluate-takeaway';

export interface TableWords {
  pick: (text: Text) => string;
  number: (value: number, digits?: number) => string;
  signed: (value: number) => string;
  caption: string;
  area: string;
  total: string;
}

const digitsOf = (value: number) => (Number.isInteger(value) ? 0 : 1);
const fmt = (words: TableWords, value: number) => words.number(value, digitsOf(value));
const areaOf = (p: Evaluation, n: number) => p.areas.find((a) => a.area === n);
const totalOf = (p: Evaluation) => p.areas.reduce((sum, a) => sum + a.score, 0);

export function areaTable(shown: readonly ShownProfile[], words: TableWords): TableSpec {
  return {
    caption: words.caption,
    rowHeader: words.area,
    columns: shown.map((s) => ({ header: s.label, numeric: true })),
    rows: [
      ...AREA_NUMBERS.map((n) => {
        const name = kompassArea(n)?.name;
        return {
          key: `area-${n}`,
          header: `${n}. ${name ? words.pick(name) : ''}`,
          cells: shown.map((s) => {
            const area = areaOf(s.profile, n);
            return area === undefined ? '–' : { text: fmt(words, area.score), csv: area.score, example: area.status === 'example' };
          }),
        };
      }),
      {
        key: 'total',
        header: words.total,
        cells: shown.map((s) => ({ text: fmt(words, totalOf(s.profile)), csv: totalOf(s.profile) })),
      },
    ],
  };
}

export function subQuestionTable(
  shown: readonly ShownProfile[],
  words: TableWords & { subQuestion: string; max: string },
): TableSpec {
  // The questions of the first profile that has them, in area order (KommunKompassen's own numbering).
  const questions = new Map<string, { question: Text; max: number }>();
  for (const s of shown) {
    for (const area of s.profile.areas) {
      for (const q of area.subQuestions) if (!questions.has(q.id)) questions.set(q.id, { question: q.question, max: q.max });
    }
  }
  const ids = [...questions.keys()].sort((a, b) => {
    const [aa, ab] = a.split('.').map(Number);
    const [ba, bb] = b.split('.').map(Number);
    return (aa ?? 0) - (ba ?? 0) || (ab ?? 0) - (bb ?? 0);
  });
  return {
    caption: words.caption,
    rowHeader: words.subQuestion,
    columns: [{ header: words.max, numeric: true }, ...shown.map((s) => ({ header: s.label, numeric: true }))],
    rows: ids.map((id) => {
      const entry = questions.get(id);
      return {
        key: id,
        header: `${id} ${entry ? words.pick(entry.question) : ''}`,
        cells: [
          entry ? { text: fmt(words, entry.max), csv: entry.max } : '–',
          ...shown.map((s) => {
            const q = s.profile.areas.flatMap((a) => a.subQuestions).find((item) => item.id === id);
            return q === undefined ? '–' : { text: fmt(words, q.score), csv: q.score, example: q.status === 'example' };
          }),
        ],
      };
    }),
  };
}

export function beforeAfterTable(
  earlier: ShownProfile,
  later: ShownProfile,
  words: TableWords & { change: string },
): TableSpec {
  const row = (key: string, header: string, from: number | undefined, to: number | undefined) => ({
    key,
    header,
    differs: from !== undefined && to !== undefined && from !== to,
    cells: [
      from === undefined ? '–' : { text: fmt(words, from), csv: from },
      to === undefined ? '–' : { text: fmt(words, to), csv: to },
      from === undefined || to === undefined ? '–' : { text: words.signed(Math.round((to - from) * 10) / 10), csv: to - from },
    ],
  });
  return {
    caption: words.caption,
    rowHeader: words.area,
    columns: [
      { header: earlier.label, numeric: true },
      { header: later.label, numeric: true },
      { header: words.change, numeric: true },
    ],
    rows: [
      ...AREA_NUMBERS.map((n) => {
        const name = kompassArea(n)?.name;
        return row(`area-${n}`, `${n}. ${name ? words.pick(name) : ''}`, areaOf(earlier.profile, n)?.score, areaOf(later.profile, n)?.score);
      }),
      row('total', words.total, totalOf(earlier.profile), totalOf(later.profile)),
    ],
  };
}
