// The signature picture (DESIGN §6): each organisation's budget holders as pipes through the year, the
// month played with play/pause/step or chosen on a slider. Decisions are labelled with the meeting (body
// and date) that took them; the words for every label come from here, the drawing from src/render.
import { memo, useMemo } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Shock } from '@/domain/scenario-schema';
import { pipePanelOf, type PipeEventFacts, type PipeWords } from '@/layout/pipes-input';
import type { PipePanelInput } from '@/layout/pipes-layout';
import type { YearResult } from '@/simulation/run-year';
import { dayText, monthNames } from '@/i18n/day-text';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import { MonthPlayer } from '@/render/month-player';
import { PipesChart } from '@/render/pipes-chart';

function nameOf(model: Model, id: string, pick: I18n['pick']): string {
  const body = model.bodies.find((b) => b.id === id);
  return body ? pick(body.name) : id;
}

export function pipeWords(model: Model, i18n: I18n): PipeWords {
  const { t, pick, number } = i18n;
  const name = (id: string) => nameOf(model, id, pick);
  return {
    nameOf: name,
    holderLabel: (bodyId, _rules, joined) => (joined ? t('pipes.holder.joined', { name: name(bodyId) }) : name(bodyId)),
    event: (facts: PipeEventFacts) => {
      const date = dayText(i18n, facts.day);
      const { record } = facts;
      if (facts.kind === 'detected') {
        return { mark: '', label: t('pipes.event.detected', { date, holder: name(record.holder), amount: number(record.gapMsek, 1) }) };
      }
      const body = facts.deciderId === undefined ? '' : name(facts.deciderId);
      if (record.route === 'appropriation') {
        return {
          mark: 'KF',
          label: t('pipes.event.appropriation', { date, body, holder: name(record.holder), amount: number(record.appropriationMsek, 1) }),
        };
      }
      const key = record.route === 'netting' ? 'pipes.event.netting' : 'pipes.event.measures';
      return { mark: '', label: t(key, { date, body, amount: number(record.measuresMsek, 1) }) };
    },
  };
}

function YearSectionView({
  models,
  results,
  shocks,
  month,
  seed,
  width,
  onMonth,
}: {
  models: readonly Model[];
  results: readonly YearResult[];
  /** The scenario's shocks: a tax-forecast drop sets KS a savings target the pipes take off its balance. */
  shocks: readonly Shock[];
  month: number;
  seed: number;
  width: number;
  onMonth(month: number): void;
}) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const panels: PipePanelInput[] = useMemo(
    () =>
      models.flatMap((model, i) =>
        results[i] ? [pipePanelOf(results[i], model, pick(model.name), pipeWords(model, i18n))] : [],
      ),
    [models, results, i18n, pick, shocks],
  );
  const monthShort = useMemo(() => monthNames(i18n, 'short'), [i18n]);
  const monthLong = useMemo(() => monthNames(i18n, 'long'), [i18n]);
  return (
    <section aria-labelledby="simulate-year-heading" className="simulate-section">
      <h2 id="simulate-year-heading">{t('simulate.year.heading')}</h2>
      <MonthPlayer month={month} monthNames={monthLong} onMonth={onMonth} />
      <PipesChart panels={panels} month={month} width={width} monthShort={monthShort} monthLong={monthLong} />
      <p className="section-intro">{t('simulate.year.intro', { seed })}</p>
      <p className="help">{t('simulate.year.legend')}</p>
    </section>
  );
}

export const YearSection = memo(YearSectionView);
