// The start page: every shipped organisation with its derived facts, a link to all facts of each and one
// to compare it with Ånge's organisation today (or, for that one, with proposal A), and ready-made
// comparisons. A model file that failed validation is listed with its error count, never half-shown.
import { deriveFacts } from '@/domain/derived-facts';
import { useI18n } from '@/render/i18n/language';
import type { LoadedModel } from '@/render/loaded-model';
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
  return (
    <>
      <h1>{t('catalogue.heading')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      <p className="lead">{t('catalogue.intro')}</p>
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
      <div className="table-scroll">
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
    </>
  );
}
