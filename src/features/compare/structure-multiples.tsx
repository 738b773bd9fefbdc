// The organisations side by side as small multiples in text, readable at any width (DESIGN §6): each a
// tree from fullmäktige down to the utskott, every body with its seats, budget holders marked with the
// frame they hold, and under each body the service areas whose frame it holds and those whose matters
// it prepares. HTML rather than SVG so the text wraps and never shrinks below the page's own size; the
// full organisation charts are one click away.
import type { Body, Model } from '@/domain/model-schema';
import { deriveFacts } from '@/domain/derived-facts';
import { useI18n } from '@/i18n/language';
import { StatusBadge } from '@/render/status-badge';

function BodyNode({ model, body, depth }: { model: Model; body: Body; depth: number }) {
  const { t, pick, number } = useI18n();
  const held = model.serviceAreas.filter((a) => a.budgetHolder === body.id);
  const prepared = model.serviceAreas.filter((a) => a.preparedBy === body.id);
  const children = model.bodies.filter((b) => b.parent === body.id && b.id !== body.id);
  const frame = held.reduce((sum, a) => sum + a.netCostMsek, 0);
  return (
    <li className={held.length > 0 ? 'structure-body structure-holder' : 'structure-body'}>
      <div className="structure-box">
        <span className="structure-name">{pick(body.name)}</span>{' '}
        <span className="structure-seats">{t('compare.structure.seats', { members: body.members, substitutes: body.substitutes })}</span>
        {held.length > 0 && <span className="structure-frame">{t('compare.structure.frame', { amount: number(frame, 0) })}</span>}
      </div>
      {prepared.length > 0 && (
        <p className="structure-areas">
          {t('compare.structure.prepares')} {prepared.map((a) => pick(a.name)).join(', ')}
        </p>
      )}
      {children.length > 0 && depth < 4 && (
        <ul>
          {children.map((child) => (
            <BodyNode key={child.id} model={model} body={child} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function StructureMultiples({ models }: { models: readonly Model[] }) {
  const { t, pick, number } = useI18n();
  return (
    <section aria-labelledby="compare-structure-heading">
      <h2 id="compare-structure-heading">{t('compare.structure.heading')}</h2>
      <div className="structure-grid" style={{ ['--columns' as string]: models.length }}>
        {models.map((model) => {
          const facts = deriveFacts(model);
          const council = model.bodies.find((b) => b.kind === 'council');
          const ids = new Set(model.bodies.map((b) => b.id));
          const tops = model.bodies.filter((b) => b.kind !== 'council' && (b.parent === undefined || b.parent === council?.id || !ids.has(b.parent)));
          return (
            <article key={model.id} className="structure-column" aria-labelledby={`structure-${model.id}`}>
              <h3 id={`structure-${model.id}`}>
                <a href={`#/model/${model.id}`}>{pick(model.name)}</a> <StatusBadge status={model.status} />
              </h3>
              <p className="structure-summary">
                {t('compare.structure.summary', {
                  holders: facts.budgetHolders.length,
                  nEff: number(facts.effectiveBudgetHolders, 2),
                })}
              </p>
              <ul className="structure-tree">
                <li className="structure-body">
                  <div className="structure-box structure-council">
                    <span className="structure-name">{council ? pick(council.name) : t('kind.council')}</span>{' '}
                    {council && (
                      <span className="structure-seats">
                        {t('compare.structure.seats', { members: council.members, substitutes: council.substitutes })}
                      </span>
                    )}
                  </div>
                  <ul>
                    {tops.map((body) => (
                      <BodyNode key={body.id} model={model} body={body} depth={1} />
                    ))}
                  </ul>
                </li>
              </ul>
            </article>
          );
        })}
      </div>
      <p className="help">{t('compare.structure.legend')}</p>
    </section>
  );
}
