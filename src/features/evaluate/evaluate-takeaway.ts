// The sentence at the top of the Evaluate view (DESIGN §6: every view answers its question first, computed
// from the numbers): one profile's total with its strongest and weakest area; for two profiles of the same
// municipality the change from the earliest to the latest and the area that moved most; otherwise the
// highest and lowest total and the area where the chosen profiles differ most. Pure, so it is tested.
import type { Evaluation } from '@/domain/evaluation-schema';
import { AREA_NUMBERS, kompassArea } from '@/domain/kommunkompassen';
import type { Text } from '@/domain/model-schema';
import type { MessageKey } from '@/render/i18n/messages';

export interface ShownProfile {
  profile: Evaluation;
  label: string;
}

export interface Takeaway {
  key: MessageKey;
  params: Record<string, string | number>;
  /** Parameters that are area names, picked in the reader's language by the caller. */
  areaParams: Record<string, Text>;
  /** Parameters that are themselves messages (e.g. "poäng mer"). */
  keyParams?: Record<string, MessageKey>;
}

const total = (p: Evaluation) => p.areas.reduce((sum, a) => sum + a.score, 0);
const score = (p: Evaluation, area: number) => p.areas.find((a) => a.area === area)?.score ?? 0;
const nameOf = (area: number): Text => kompassArea(area)?.name ?? { sv: String(area), en: String(area) };
const rounded = (value: number) => Math.round(value * 10) / 10;

export function evaluateTakeaway(shown: readonly ShownProfile[], formatSigned: (value: number) => string): Takeaway {
  const [first, second] = shown;
  if (first === undefined) return { key: 'evaluate.takeaway.none', params: {}, areaParams: {} };
  if (second === undefined) {
    const ranked = [...AREA_NUMBERS].sort((a, b) => score(first.profile, b) - score(first.profile, a) || a - b);
    const best = ranked[0] ?? 1;
    const worst = [...AREA_NUMBERS].sort((a, b) => score(first.profile, a) - score(first.profile, b) || a - b)[0] ?? 1;
    return {
      key: 'evaluate.takeaway.one',
      params: { name: first.label, total: rounded(total(first.profile)), bestScore: rounded(score(first.profile, best)), worstScore: rounded(score(first.profile, worst)) },
      areaParams: { best: nameOf(best), worst: nameOf(worst) },
    };
  }
  if (shown.every((s) => s.profile.municipality === first.profile.municipality)) {
    // One municipality: from its earliest to its latest profile (the last chosen of equal years).
    const byYear = [...shown].sort((a, b) => a.profile.year - b.profile.year || (a.profile.month ?? 0) - (b.profile.month ?? 0));
    const earlier = byYear[0] ?? first;
    const later = byYear[byYear.length - 1] ?? second;
    const deltas = AREA_NUMBERS.map((area) => ({ area, delta: score(later.profile, area) - score(earlier.profile, area) }));
    const largest = [...deltas].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.area - b.area)[0] ?? { area: 1, delta: 0 };
    const diff = total(later.profile) - total(earlier.profile);
    const base = { later: later.label, earlier: earlier.label };
    if (largest.delta === 0) return { key: 'evaluate.takeaway.noChange', params: { ...base, total: rounded(total(later.profile)) }, areaParams: {} };
    const areaParams = { area: nameOf(largest.area) };
    const change = formatSigned(rounded(largest.delta));
    if (diff === 0) return { key: 'evaluate.takeaway.sameTotal', params: { ...base, total: rounded(total(later.profile)), change }, areaParams };
    return {
      key: 'evaluate.takeaway.change',
      params: { ...base, diff: rounded(Math.abs(diff)), laterTotal: rounded(total(later.profile)), earlierTotal: rounded(total(earlier.profile)), change },
      areaParams,
      keyParams: { direction: diff > 0 ? 'evaluate.takeaway.more' : 'evaluate.takeaway.fewer' },
    };
  }
  const byTotal = [...shown].sort((a, b) => total(b.profile) - total(a.profile));
  const top = byTotal[0] ?? first;
  const bottom = byTotal[byTotal.length - 1] ?? second;
  const gaps = AREA_NUMBERS.map((area) => {
    const scores = shown.map((s) => score(s.profile, area));
    return { area, gap: Math.max(...scores) - Math.min(...scores) };
  });
  const widest = [...gaps].sort((a, b) => b.gap - a.gap || a.area - b.area)[0] ?? { area: 1, gap: 0 };
  if (total(top.profile) === total(bottom.profile)) {
    return { key: 'evaluate.takeaway.compareEqual', params: { total: rounded(total(top.profile)), gap: rounded(widest.gap) }, areaParams: { area: nameOf(widest.area) } };
  }
  return {
    key: 'evaluate.takeaway.compare',
    params: { top: top.label, topTotal: rounded(total(top.profile)), bottom: bottom.label, bottomTotal: rounded(total(bottom.profile)), gap: rounded(widest.gap) },
    areaParams: { area: nameOf(widest.area) },
  };
}
