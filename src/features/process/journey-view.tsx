// One matter's journey through both organisations side by side (DESIGN §6 Process): swimlanes of bodies
// against calendar days, a comparison table of lead time, handovers, meetings, decisions and referrals,
// and a numbered list of the steps for screen readers. Stepping moves through the days on which anything
// happens in either organisation, so both charts show the same day: with the buttons, or with the arrow
// keys (and Home / End) while the journey has focus. The current step is announced in a live region.
import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { layoutSwimlanes, sharedDayRange } from '@/layout/swimlane-layout';
import { useI18n } from '@/i18n/language';
import type { MessageKey } from '@/i18n/catalogue';
import { Marker, SwimlaneChart, type MarkerShape } from '@/render/swimlane-chart';
import { useElementWidth } from '@/render/use-element-width';
import { JOURNEY_DEVIATION_ASSUMPTIONS, traceMatterJourney, type JourneyKind, type MatterJourney } from '@/simulation/matter-journey';
import { dayText, laneName, monthText, stepText } from './journey-text';
import { MATTER_PARAMS, type MatterParam } from './process-url';

export interface JourneyViewProps {
  models: readonly [Model, Model];
  scenario: Scenario;
  seed: number;
  matter: MatterParam;
  referBack: boolean;
  /** Position on the shared timeline (0 = the first day anything happens). */
  step: number;
  onStep(step: number): void;
  onMatter(matter: MatterParam): void;
  onReferBack(referBack: boolean): void;
}

/** The days on which something happens in any of the journeys, ascending. */
export function journeyTimeline(journeys: readonly MatterJourney[]): number[] {
  return [...new Set(journeys.flatMap((journey) => journey.steps.map((step) => step.day)))].sort((a, b) => a - b);
}

/** Index of the last step of `journey` on or before `day`; -1 before its first step. */
function currentStepOf(journey: MatterJourney, day: number): number {
  let current = -1;
  journey.steps.forEach((step, index) => {
    if (step.day <= day) current = index;
  });
  return current;
}

const LEGEND: { shape: MarkerShape; key: MessageKey }[] = [
  { shape: 'start', key: 'process.legend.start' },
  { shape: 'handover', key: 'process.legend.handover' },
  { shape: 'meeting', key: 'process.legend.meeting' },
  { shape: 'decision', key: 'process.legend.decision' },
  { shape: 'delegation', key: 'process.legend.delegation' },
  { shape: 'referBack', key: 'process.legend.referBack' },
  { shape: 'end', key: 'process.legend.end' },
];

function JourneyColumn({
  model,
  journey,
  range,
  day,
}: {
  model: Model;
  journey: MatterJourney;
  range: { dayFrom: number; dayTo: number };
  day: number | undefined;
}) {
  const i18n = useI18n();
  const { t, pick, lang, number } = i18n;
  const column = useRef<HTMLDivElement>(null);
  const width = Math.max(320, Math.floor(useElementWidth(column)) || 560);
  const layout = useMemo(
    () => layoutSwimlanes(journey, { width, ...range, laneName: (lane) => pick(lane.name) }),
    [journey, width, range, pick],
  );
  const current = day === undefined ? -1 : currentStepOf(journey, day);
  const name = pick(model.name);
  const lead = journey.leadTimeDays === undefined ? t('process.journey.notDecided') : t('process.journey.days', { days: number(journey.leadTimeDays, 0) });
  return (
    <div className="journey-column" ref={column}>
      <h3>{name}</h3>
      {!journey.routable ? (
        <p role="status">{t('process.journey.notRoutable', { model: name })}</p>
      ) : (
        <>
          {journey.stalled && <p role="status">{t('process.journey.stalled')}</p>}
          <SwimlaneChart
            layout={layout}
            currentStep={current}
            currentDay={day}
            label={t('process.journey.chart', { model: name, kind: t(`process.journey.kind.${journey.kind}`), lead })}
            monthLabel={(month) => monthText(lang, month)}
          />
          <h4 id={`journey-list-${model.id}`}>{t('process.journey.list', { model: name })}</h4>
          <ol className="journey-steps" aria-labelledby={`journey-list-${model.id}`}>
            {journey.steps.map((step, index) => (
              <li
                key={index}
                className={index === current ? 'current' : index > current ? 'future' : undefined}
                aria-current={index === current ? 'step' : undefined}
              >
                <span className="journey-date">{dayText(t, lang, step.day)}</span>{' '}
                <span className="journey-lane">{laneName(model, pick, step.lane)}:</span> {stepText(i18n, model, journey, step)}
                {step.handover !== undefined && (
                  <span className="help"> ({t('process.journey.handover', { type: t(`process.handover.${step.handover}`) })})</span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

export function JourneyView({ models, scenario, seed, matter, referBack, step, onStep, onMatter, onReferBack }: JourneyViewProps) {
  const i18n = useI18n();
  const { t, pick, lang, number } = i18n;
  const kind: JourneyKind = MATTER_PARAMS[matter];
  const journeys = useMemo(
    () =>
      models.map((model) =>
        traceMatterJourney({ model, scenario, seed, kind, referBack: referBack ? 'atFirstDecision' : 'drawn' }),
      ) as [MatterJourney, MatterJourney],
    [models, scenario, seed, kind, referBack],
  );
  const timeline = useMemo(() => journeyTimeline(journeys), [journeys]);
  const range = useMemo(() => sharedDayRange(journeys.filter((j) => j.routable)), [journeys]);
  const position = Math.min(Math.max(0, step), Math.max(0, timeline.length - 1));
  const day = timeline[position];

  const go = (next: number): void => {
    const clamped = Math.min(Math.max(0, next), Math.max(0, timeline.length - 1));
    if (clamped !== position) onStep(clamped);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const moves: Record<string, number> = {
      ArrowRight: position + 1,
      ArrowDown: position + 1,
      ArrowLeft: position - 1,
      ArrowUp: position - 1,
      Home: 0,
      End: timeline.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined || event.target !== event.currentTarget) return;
    event.preventDefault();
    go(target);
  };

  // What happens on the current day, in both organisations, for the live region.
  const announcement =
    day === undefined
      ? ''
      : t('process.journey.announce', {
          date: dayText(t, lang, day),
          events: journeys
            .map((journey, m) => {
              const model = models[m] as Model;
              const today = journey.steps.filter((s) => s.day === day).map((s) => stepText(i18n, model, journey, s));
              return today.length > 0 ? `${pick(model.name)}: ${today.join(' ')}` : '';
            })
            .filter(Boolean)
            .join(' '),
        });

  const compareRows: { label: string; values: string[] }[] = [
    {
      label: t('process.journey.leadTime'),
      values: journeys.map((j) => (j.leadTimeDays === undefined ? t('process.journey.notDecided') : t('process.journey.days', { days: number(j.leadTimeDays, 0) }))),
    },
    { label: t('process.journey.handovers'), values: journeys.map((j) => String(j.handovers)) },
    { label: t('process.journey.meetings'), values: journeys.map((j) => String(j.meetings)) },
    { label: t('process.journey.decisions'), values: journeys.map((j) => String(j.decisions)) },
    { label: t('process.journey.referrals'), values: journeys.map((j) => String(j.referrals)) },
  ];
  const areaNames = (journeys[0].areas.length > 0 ? journeys[0].areas : journeys[1].areas).map(
    (id) => pick(models[0].serviceAreas.find((a) => a.id === id)?.name ?? models[1].serviceAreas.find((a) => a.id === id)?.name ?? { sv: id, en: id }),
  );

  return (
    <section className="journey" aria-labelledby="journey-heading">
      <h2 id="journey-heading">{t('process.journey.heading')}</h2>
      <p className="lead">{t('process.journey.intro')}</p>
      <div className="journey-controls">
        <fieldset className="kind-picker">
          <legend>{t('process.journey.kind')}</legend>
          {(Object.keys(MATTER_PARAMS) as MatterParam[]).map((param) => (
            <label key={param}>
              <input type="radio" name="journey-kind" value={param} checked={param === matter} onChange={() => onMatter(param)} />{' '}
              {t(`process.journey.kind.${MATTER_PARAMS[param]}`)}
            </label>
          ))}
        </fieldset>
        {kind !== 'deviation' && (
          <label className="refer-back">
            <input type="checkbox" checked={referBack} onChange={(e) => onReferBack(e.target.checked)} /> {t('process.journey.referBack')}
          </label>
        )}
      </div>
      {areaNames.length > 0 && <p>{t('process.journey.areas', { areas: areaNames.join(', ') })}</p>}
      <div className="table-scroll" role="region" aria-label={t('process.journey.compare')} tabIndex={0}>
        <table className="journey-compare">
          <caption>{t('process.journey.compare')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('process.journey.measure')}</th>
              {models.map((model) => (
                <th scope="col" className="num" key={model.id}>
                  {pick(model.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {compareRows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, i) => (
                  <td className="num" key={i}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div
        className="journey-widget"
        tabIndex={0}
        role="group"
        aria-label={t('process.journey.widget')}
        aria-describedby="journey-position"
        onKeyDown={onKeyDown}
      >
        <div className="journey-stepper">
          <button type="button" onClick={() => go(position - 1)} disabled={position <= 0}>
            ← {t('process.journey.previous')}
          </button>
          <p id="journey-position" className="journey-position">
            {day === undefined ? '' : t('process.journey.position', { step: position + 1, steps: timeline.length, date: dayText(t, lang, day) })}
          </p>
          <button type="button" onClick={() => go(position + 1)} disabled={position >= timeline.length - 1}>
            {t('process.journey.next')} →
          </button>
          <span className="help">{t('process.journey.keys')}</span>
        </div>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <div className="journey-columns">
          {journeys.map((journey, m) => (
            <JourneyColumn key={models[m]?.id ?? m} model={models[m] as Model} journey={journey} range={range} day={day} />
          ))}
        </div>
      </div>
      <div className="legend" aria-label={t('process.legend.heading')} role="group">
        {LEGEND.map(({ shape, key }) => (
          <span key={shape} className="legend-item">
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
              <Marker shape={shape} x={10} y={10} r={6} />
            </svg>
            {t(key)}
          </span>
        ))}
        <span className="legend-item">
          <svg width="28" height="20" viewBox="0 0 28 20" aria-hidden="true">
            <line className="sl-segment sl-drafting" x1={2} x2={26} y1={10} y2={10} />
          </svg>
          {t('process.legend.drafting')}
        </span>
        <span className="legend-item">
          <svg width="28" height="20" viewBox="0 0 28 20" aria-hidden="true">
            <line className="sl-segment sl-waiting" x1={2} x2={26} y1={10} y2={10} />
          </svg>
          {t('process.legend.waiting')}
        </span>
      </div>
      <p className="help">
        {kind === 'deviation'
          ? t('process.journey.deviationAssumptions', { gap: number(JOURNEY_DEVIATION_ASSUMPTIONS.gapMsek, 0) })
          : t('process.journey.assumptions', { probability: number(scenario.referBackProbability * 100, 0) })}
      </p>
    </section>
  );
}
