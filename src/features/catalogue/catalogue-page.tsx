// The start page: first what the tool holds in one sentence, then every shipped organisation as a card
// with a sketch of its bodies (budget holders marked) and its key facts, a link to all facts of each and
// one to compare it with Ånge's organisation today (or, for that one, with proposal A), and ready-made
// comparisons; the same facts for all organisations in one table below. A model file that failed
// validation is listed with its error count, never half-shown.
import { deriveFacts, type DerivedFacts } from '@/domain/derived-facts';
import type { Model } from '@/domain/model-schema';
import { layoutOrgSketch } from '@/layout/org-sketch-layout';
import { OrgSketchPicture } from '@/render/org-sketch';
import { Takeaway } from '@/render/takeaway';
import { Term } from '@/render/term';
import { useI18n } from '@/i18n/language';
import type { LoadedModel } from '@/data/loaded-model';
import { StatusBadge } from '@/render/status-badge';
import { ModelStatusBadge, ValueBadge } from '@/render/status-badge';
import { figureStatuses } from '@/domain/value-status';

/** The organisation each model is compared with from its row: Ånge today, and for Ånge today proposal A. */
const COMPARE_WITH = 'ange-today';
const COMPARE_WITH_ITSELF = 'ange-a';

export function CataloguePage({ models }: { models: readonly LoadedModel[] }) {
  const { t, pick, number } = useI18n();
  const valid = models.flatMap((m) => (m.result.ok ? [{ file: m.file, model: m.result.model }] : []));
  const nameOf = new Map(valid.map(({ model }) => [model.id, pick(model.name)]));
  const invalid = models.filter((m) => !m.result.ok);
  const all = valid.map(({ model }) => ({ model, facts: deriveFacts(model) }));
  const holders = all.map(({ facts }) => facts.budgetHolders.length);
  return (
    <>
      <h1>{t('catalogue.heading')}</h1>
      {all.length > 0 && (
        <Takeaway>
          {t('catalogue.takeaway', {
            count: all.length,
            municipalities: new Set(all.map(({ model }) => model.municipality)).size,
            committees: all.filter(({ facts }) => facts.organisationKind === 'committees').length,
            boards: all.filter(({ facts }) => facts.organisationKind === 'boardWithSubcommittees').length,
            fewest: Math.min(...holders),
            most: Math.max(...holders),
          })}
        </Takeaway>
      )}
      <p className="lead">{t('app.tagline')}</p>
      {invalid.map((m) => (
        <p key={m.file} role="alert" className="error-panel">
          {t('catalogue.invalid', { file: m.file, count: m.result.errors.length })}
        </p>
      ))}
      <p>
        {t('catalogue.compareSuggestions')} <a href="#/compare?models=ange-today,ange-a,ange-b">{t('catalogue.compareAnge')}</a>
        {' · '}
        <a href="#/compare?models=munkfors,ange-today">{t('catalogue.compareMunkfors')}</a>
      </p>
      <h2 className="visually-hidden">{t('catalogue.cardsHeading')}</h2>
      <ul className="model-cards">
        {all.map(({ model, facts }) => (
          <ModelCard key={model.id} model={model} facts={facts} other={model.id === COMPARE_WITH ? COMPARE_WITH_ITSELF : COMPARE_WITH} otherName={nameOf.get(model.id === COMPARE_WITH ? COMPARE_WITH_ITSELF : COMPARE_WITH)} />
        ))}
      </ul>
      <p className="help">{t('catalogue.sketchLegend')}</p>
      <p className="help">{t('catalogue.intro')}</p>
      <details className="catalogue-table">
        <summary>{t('catalogue.tableSummary')}</summary>
      <div className="table-scroll" role="region" aria-label={t('catalogue.tableCaption')} tabIndex={0}>
        <table>
          <caption>{t('catalogue.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('facts.model')}</th>
              <th scope="col">{t('facts.kind')}</th>
              <th scope="col" className="num">{t('facts.bodies')}</th>
              <th scope="col" className="num">{t('facts.seats')}</th>
              <th scope="col" className="num">{t('facts.persons')}</th>
              <th scope="col" className="num">{t('facts.budgetHolders')}</th>
              <th scope="col" className="num">{t('facts.nEff')}</th>
              <th scope="col" className="num">{t('facts.meetings')}</th>
              <th scope="col" className="num">{t('facts.meetingCost')}</th>
            </tr>
          </thead>
          <tbody>
            {valid.map(({ model }) => {
              const facts = deriveFacts(model);
              const status = figureStatuses(model);
              const other = model.id === COMPARE_WITH ? COMPARE_WITH_ITSELF : COMPARE_WITH;
              return (
                <tr key={model.id}>
                  <th scope="row">
                    <a href={`#/model/${model.id}`} aria-label={t('catalogue.openFacts', { name: pick(model.name) })}>
                      {pick(model.name)}
                    </a>{' '}
                    <ModelStatusBadge model={model} />
                    <div className="help">
                      {model.municipality} ·{' '}
                      <a
                        href={`#/compare?models=${model.id},${other}`}
                        aria-label={t('catalogue.compareLabel', { name: pick(model.name), other: nameOf.get(other) ?? other })}
                      >
                        {t('catalogue.compare')}
                      </a>
                    </div>
                  </th>
                  <td>{t(`facts.kind.${facts.organisationKind}`)}</td>
                  <td className="num">
                    {facts.bodies.total}
                    <ValueBadge status={status.bodies} />
                  </td>
                  <td className="num">
                    {facts.seats.ordinary} / {facts.seats.substitute} / {facts.seats.total}
                    <ValueBadge status={status.seats} />
                  </td>
                  <td className="num">
                    {facts.persons.total}
                    <ValueBadge status={status.persons} />
                  </td>
                  <td className="num">
                    {facts.budgetHolders.length}
                    <ValueBadge status={status.budgetHolders} />
                  </td>
                  <td className="num">
                    {number(facts.effectiveBudgetHolders, 2)}
                    <ValueBadge status={status.effectiveBudgetHolders} />
                  </td>
                  <td className="num">
                    {facts.meetings.perYear}
                    <ValueBadge status={status.meetings} />
                  </td>
                  <td className="num">
                    {number(facts.meetingCost.sekPerYear)} {t('unit.sek')}
                    <ValueBadge status={status.meetingCost} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="status-legend">{t('status.legend')}</p>
      <p className="help">
        {t('facts.nEff')}: {t('facts.nEff.help')}
      </p>
      <p className="help">
        {t('facts.persons')}: {t('facts.persons.help')}
      </p>
      </details>
    </>
  );
}

function ModelCard({ model, facts, other, otherName }: { model: Model; facts: DerivedFacts; other: string; otherName: string | undefined }) {
  const { t, pick, number } = useI18n();
  const sketch = layoutOrgSketch(model);
  const name = pick(model.name);
  const rows = new Set(sketch.boxes.map((b) => b.y)).size;
  return (
    <li className="model-card">
      <h3>
        <a href={`#/model/${model.id}`} aria-label={t('catalogue.openFacts', { name })}>
          {name}
        </a>{' '}
        <StatusBadge status={model.status} />
      </h3>
      <p className="model-card-kind">
        {t(`facts.kind.${facts.organisationKind}`)} · {model.municipality}
      </p>
      <OrgSketchPicture
        sketch={sketch}
        description={t('catalogue.sketch', { name, bodies: facts.bodies.total, rows, holders: facts.budgetHolders.length })}
      />
      <dl className="model-card-facts">
        <div>
          <dt>{t('facts.bodies')}</dt>
          <dd>{facts.bodies.total}</dd>
        </div>
        <div>
          <dt>{t('facts.seatsShort')}</dt>
          <dd>
            {facts.seats.ordinary} + {facts.seats.substitute}
          </dd>
        </div>
        <div>
          <dt>
            <Term id="budgetHolder">{t('facts.budgetHolders')}</Term>
          </dt>
          <dd>{facts.budgetHolders.length}</dd>
        </div>
        <div>
          <dt>
            <Term id="effectiveBudgetHolders">{t('facts.nEff')}</Term>
          </dt>
          <dd>{number(facts.effectiveBudgetHolders, 2)}</dd>
        </div>
        <div>
          <dt>{t('facts.meetingCost')}</dt>
          <dd>
            {number(facts.meetingCost.sekPerYear)} {t('unit.sek')} {facts.meetingCost.example && <StatusBadge status="example" />}
          </dd>
        </div>
      </dl>
      <p className="model-card-links">
        <a href={`#/compare?models=${model.id},${other}`} aria-label={t('catalogue.compareLabel', { name, other: otherName ?? other })}>
          {t('catalogue.compare')}
        </a>
      </p>
    </li>
  );
}
