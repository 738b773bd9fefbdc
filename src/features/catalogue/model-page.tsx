// All facts about one organisation: first what it is in one sentence, then its organisation chart (budget
// holders and which body prepares which area), then the derived facts, bodies, service areas, seats per
// party in every body (with the lots drawn), sources and validation warnings.
import { deriveFacts } from '@/domain/derived-facts';
import type { Model } from '@/domain/model-schema';
import { distributeSeats } from '@/domain/seat-distribution';
import { seatLotRange } from '@/domain/seat-lot-outcomes';
import { useI18n } from '@/i18n/language';
import { layoutOrgChart } from '@/layout/org-chart-layout';
import { OrgChart } from '@/render/org-chart';
import { Takeaway } from '@/render/takeaway';
import type { LoadedModel } from '@/data/loaded-model';
import { shown } from '@/url-state/model-list';
import { ModelStatusBadge, ValueBadge } from '@/render/status-badge';
import { figureStatuses, valueStatus } from '@/domain/value-status';
import type { ValueStatus } from '@/domain/model-schema';
import { SeatsSection } from './seats-section';

/** Lots from seed 1, as in Compare, with the range over every outcome of the lots. */
function seatsOf(model: Model) {
  const distribution = distributeSeats(model, 1);
  return { distribution, lots: seatLotRange(model, distribution) };
}

export function ModelPage({ id, models }: { id: string; models: readonly LoadedModel[] }) {
  const { t, pick, lang, number } = useI18n();
  const loaded = models.find((m) => m.result.ok && m.result.model.id === id);
  if (!loaded || !loaded.result.ok) {
    return (
      <p role="alert" className="error-panel">
        {t('model.notFound', { id: shown(id) })} <a href="#/">{t('app.backToStart')}</a>
      </p>
    );
  }
  const { model, warnings } = loaded.result;
  const facts = deriveFacts(model);
  return (
    <>
      <h1>
        {pick(model.name)} <ModelStatusBadge model={model} />
      </h1>
      <Takeaway>
        {t('model.takeaway', {
          name: pick(model.name),
          bodies: facts.bodies.total,
          persons: facts.persons.total,
          holders: facts.budgetHolders.length,
          cost: number(facts.totalNetCostMsek, 0),
          nEff: number(facts.effectiveBudgetHolders, 1),
        })}
      </Takeaway>
      <section aria-labelledby="model-chart-heading" className="model-chart">
        <h2 id="model-chart-heading" className="visually-hidden">
          {t('model.chartHeading')}
        </h2>
        <OrgChart layout={layoutOrgChart(model, lang)} modelName={pick(model.name)} modelId={model.id} />
      </section>
      <p className="lead">{pick(model.description)}</p>
      <FactsList model={model} />
      <BodiesTable model={model} />
      <AreasTable model={model} />
      <SeatsSection {...seatsOf(model)} model={model} />
      <h2>{t('model.sources.heading')}</h2>
      <ul>
        {model.sources.map((source) => (
          <li key={source.id}>
            <strong>{source.reference}</strong>: {pick(source.says)}
          </li>
        ))}
      </ul>
      {warnings.length > 0 && (
        <>
          <h2>{t('model.warnings.heading')}</h2>
          <ul className="warning-list">
            {warnings.map((w, i) => (
              <li key={i}>
                <code>{w.path}</code>: {pick(w.message)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function FactsList({ model }: { model: Model }) {
  const { t, number } = useI18n();
  const facts = deriveFacts(model);
  const status = figureStatuses(model);
  const rows: [string, string, ValueStatus | undefined, string?][] = [
    [t('facts.kind'), t(`facts.kind.${facts.organisationKind}`), undefined],
    [t('facts.councilSeats'), String(facts.councilSeats.ordinary), status.councilSeats],
    [t('facts.bodies'), String(facts.bodies.total), status.bodies],
    [t('facts.seats'), `${facts.seats.ordinary} / ${facts.seats.substitute} / ${facts.seats.total}`, status.seats],
    [t('facts.persons'), String(facts.persons.total), status.persons, t('facts.persons.help')],
    [t('facts.budgetHolders'), String(facts.budgetHolders.length), status.budgetHolders],
    [t('facts.nEff'), number(facts.effectiveBudgetHolders, 2), status.effectiveBudgetHolders, t('facts.nEff.help')],
    [t('facts.interfaces'), String(facts.interfaces.count), status.interfaces],
    [t('facts.meetings'), String(facts.meetings.perYear), status.meetings],
    [t('facts.netCost'), `${number(facts.totalNetCostMsek, 1)} ${t('unit.msek')}`, status.totalNetCostMsek],
    [t('facts.meetingCost'), `${number(facts.meetingCost.sekPerYear)} ${t('unit.sek')}`, status.meetingCost, t('facts.meetingCost.help')],
  ];
  return (
    <>
      <h2>{t('facts.heading')}</h2>
      <dl className="facts">
        {rows.map(([term, value, figureStatus, help]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              {value}
              {figureStatus && <ValueBadge status={figureStatus} />}
              {help && <div className="help">{help}</div>}
            </dd>
          </div>
        ))}
      </dl>
      <p className="status-legend">{t('status.legend')}</p>
    </>
  );
}

function BodiesTable({ model }: { model: Model }) {
  const { t, pick } = useI18n();
  const names = new Map(model.bodies.map((b) => [b.id, pick(b.name)]));
  return (
    <>
      <h2>{t('model.bodies.heading')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.scrollLabel')}>
        <table>
          <caption>{t('model.bodies.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('model.body.name')}</th>
              <th scope="col">{t('model.body.kind')}</th>
              <th scope="col">{t('model.body.parent')}</th>
              <th scope="col" className="num">{t('model.body.members')}</th>
              <th scope="col" className="num">{t('model.body.substitutes')}</th>
              <th scope="col" className="num">{t('model.body.meetings')}</th>
            </tr>
          </thead>
          <tbody>
            {model.bodies.map((body) => (
              <tr key={body.id}>
                <th scope="row">
                  {pick(body.name)}
                  <ValueBadge status={valueStatus(model, body)} />
                </th>
                <td>{t(`kind.${body.kind}`)}</td>
                <td>{body.parent ? names.get(body.parent) ?? body.parent : '–'}</td>
                <td className="num">
                  {body.members}
                  <ValueBadge status={valueStatus(model, body, 'members')} />
                </td>
                <td className="num">
                  {body.substitutes}
                  <ValueBadge status={valueStatus(model, body, 'substitutes')} />
                </td>
                <td className="num">
                  {body.meetingsPerYear}
                  <ValueBadge status={valueStatus(model, body, 'meetingsPerYear')} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function AreasTable({ model }: { model: Model }) {
  const { t, pick, number } = useI18n();
  const names = new Map(model.bodies.map((b) => [b.id, pick(b.name)]));
  return (
    <>
      <h2>{t('model.areas.heading')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.scrollLabel')}>
        <table>
          <caption>{t('model.areas.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('model.area.name')}</th>
              <th scope="col" className="num">{t('model.area.netCost')}</th>
              <th scope="col">{t('model.area.holder')}</th>
              <th scope="col">{t('model.area.preparedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {model.serviceAreas.map((area) => (
              <tr key={area.id}>
                <th scope="row">{pick(area.name)}</th>
                <td className="num">
                  {number(area.netCostMsek, 1)}
                  <ValueBadge status={valueStatus(model, area, 'netCostMsek')} />
                </td>
                <td>
                  {names.get(area.budgetHolder) ?? area.budgetHolder}
                  <ValueBadge status={valueStatus(model, area, 'budgetHolder')} />
                </td>
                <td>{names.get(area.preparedBy) ?? area.preparedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
