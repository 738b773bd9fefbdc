// The start page: every shipped organisation with its derived facts, and a link to all facts of each.
// A model file that failed validation is listed with its error count, never half-shown.
import { deriveFacts } from '@/domain/derived-facts';
import { useI18n } from '@/render/i18n/language';
import type { LoadedModel } from '@/render/loaded-model';
import { StatusBadge } from '@/render/status-badge';

export function CataloguePage({ models }: { models: readonly LoadedModel[] }) {
  const { t, pick, number } = useI18n();
  const valid = models.flatMap((m) => (m.result.ok ? [{ file: m.file, model: m.result.model }] : []));
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
              return (
                <tr key={model.id}>
                  <th scope="row">
                    <a href={`#/model/${model.id}`} aria-label={t('catalogue.openFacts', { name: pick(model.name) })}>
                      {pick(model.name)}
                    </a>{' '}
                    <StatusBadge status={model.status} />
                    <div className="help">{model.municipality}</div>
                  </th>
                  <td>{t(`facts.kind.${facts.organisationKind}`)}</td>
                  <td className="num">{facts.bodies.total}</td>
                  <td className="num">
                    {facts.seats.ordinary} / {facts.seats.substitute} / {facts.seats.total}
                  </td>
                  <td className="num">{facts.persons.total}</td>
                  <td className="num">{facts.budgetHolders.length}</td>
                  <td className="num">{number(facts.effectiveBudgetHolders, 2)}</td>
                  <td className="num">{facts.meetings.perYear}</td>
                  <td className="num">
                    {number(facts.meetingCost.sekPerYear)} {t('unit.sek')}{' '}
                    {facts.meetingCost.example && <StatusBadge status="example" />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="help">
        {t('facts.nEff')}: {t('facts.nEff.help')}
      </p>
      <p className="help">
        {t('facts.persons')}: {t('facts.persons.help')}
      </p>
    </>
  );
}
