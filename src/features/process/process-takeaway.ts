// The Process view's answer in one sentence: how long the example matter takes to a decision in each of the
// two organisations, and how many times it is handed over. It is one matter on one seed (the swimlanes
// below), so the sentence says "ett exempel" and names the seed; Simulate answers over many years.
import type { I18n } from '@/i18n/language';
import type { Model } from '@/domain/model-schema';
import type { MatterJourney } from '@/simulation/matter-journey';
import { MATTER_PARAMS, type MatterParam } from './process-url';

export function processTakeaway(
  i18n: Pick<I18n, 't' | 'pick' | 'number'>,
  models: readonly [Model, Model],
  journeys: readonly [MatterJourney, MatterJourney],
  matter: MatterParam,
  seed: number,
): string {
  const { t, pick, number } = i18n;
  const kind = t(`process.takeaway.kind.${MATTER_PARAMS[matter]}`);
  const days = (j: MatterJourney) => t('process.journey.days', { days: number(j.leadTimeDays ?? 0, 0) });
  const decided = journeys.map((j) => j.routable && j.leadTimeDays !== undefined);
  const [a, b] = models.map((m) => pick(m.name)) as [string, string];
  if (decided[0] && decided[1]) {
    return t('process.takeaway', {
      kind,
      seed,
      a,
      b,
      leadA: days(journeys[0]),
      leadB: days(journeys[1]),
      handoversA: journeys[0].handovers,
      handoversB: journeys[1].handovers,
    });
  }
  if (decided[0] || decided[1]) {
    const i = decided[0] ? 0 : 1;
    return t('process.takeaway.undecided', { kind, seed, lead: days(journeys[i]!), decided: i === 0 ? a : b, other: i === 0 ? b : a });
  }
  return t('process.takeaway.none', { kind, seed });
}
