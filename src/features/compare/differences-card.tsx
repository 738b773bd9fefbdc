// The "what differs" card at the top of Compare (compare-differences.ts): the takeaway in one sentence,
// then the figures that differ, largest difference first, with each organisation's value, and the figures
// that are equal in all of them, said to be equal.
import type { Model } from '@/domain/model-schema';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import { Takeaway } from '@/render/takeaway';
import type { Difference, Differences, FigureId } from './compare-differences';

function valueText(id: FigureId, value: number, i18n: I18n): string {
  const { number, t } = i18n;
  if (id === 'nEff') return number(value, 2);
  if (id === 'netCost') return `${number(value, 1)} ${t('unit.msek')}`;
  if (id === 'meetingCost') return `${number(value)} ${t('unit.sek')}`;
  return number(value);
}

/** "Ånge förslag A" of "Ånge förslag A: Munkforsmodellen med …": enough to tell the columns apart. */
export function shortName(name: string): string {
  const at = name.indexOf(':');
  return at > 0 ? name.slice(0, at) : name;
}

/** Differences shown at once; the rest behind "all differences". */
const SHOWN = 3;

function differenceLabel(d: Difference, t: I18n['t']): string {
  return d.kind === 'number' ? t(`compare.diff.figure.${d.id}`) : t(`compare.diff.role.${d.role}`);
}

/** The one-sentence answer: how many figures differ, the largest difference, and what is equal. */
export function compareTakeaway(
  models: readonly Model[],
  differences: Differences,
  i18n: I18n,
  pairs?: { a: number; b: number; equal: number },
): string {
  const { t, pick } = i18n;
  const total = differences.different.length + differences.equal.length;
  const names = models.map((m) => shortName(pick(m.name)));
  const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${t('compare.diff.and')} ${items.at(-1)}`);
  if (differences.different.length === 0) return t('compare.takeaway.same', { names: list(names), total });
  const largest = differences.different[0]!;
  const equal = differences.equal.map((d) => differenceLabel(d, t).toLowerCase());
  const sentence = t(models.length === 2 ? 'compare.takeaway.two' : 'compare.takeaway.many', {
    a: names[0] ?? '',
    b: names[1] ?? '',
    n: models.length,
    count: differences.different.length,
    total,
    largest: differenceLabel(largest, t).toLowerCase(),
    equal: equal.length === 0 ? t('compare.takeaway.nothingEqual') : equal.length <= 3 ? list(equal) : t('compare.takeaway.otherCount', { count: equal.length }),
  });
  if (models.length === 2 || pairs === undefined) return sentence;
  return `${sentence} ${t('compare.takeaway.closest', { a: names[pairs.a] ?? '', b: names[pairs.b] ?? '', equal: pairs.equal, total })}`;
}

function DifferenceItem({ d, names, areas }: { d: Difference; names: readonly string[]; areas: boolean }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  return (
    <li>
      <strong>{differenceLabel(d, t)}</strong>
      {d.kind === 'number' ? (
        <span className="differences-values">
          {d.values.map((value, i) => (
            <span key={i}>
              {names[i]}: <b>{valueText(d.id, value, i18n)}</b>
            </span>
          ))}
        </span>
      ) : (
        <>
          {' '}
          {t('compare.diff.roleCount', { count: d.differing.length, total: d.total })}
          {areas && (
          <ul className="differences-areas">
            {d.differing.slice(0, 2).map((area) => (
              <li key={area.area}>
                {pick(area.areaName)}: {area.bodies.map((body, i) => `${names[i]} – ${body ? pick(body) : '–'}`).join('; ')}
              </li>
            ))}
            {d.differing.length > 2 && <li>{t('compare.diff.more', { count: d.differing.length - 2 })}</li>}
          </ul>
          )}
        </>
      )}
    </li>
  );
}

export function DifferencesCard({
  models,
  differences,
  closest,
}: {
  models: readonly Model[];
  differences: Differences;
  /** With more than two: the most alike pair and how many figures they share. */
  closest?: { a: number; b: number; equal: number };
}) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const names = models.map((m) => shortName(pick(m.name)));
  const key = (d: Difference) => (d.kind === 'number' ? d.id : d.role);
  return (
    <section className="differences-card" aria-labelledby="compare-diff-heading">
      <h2 id="compare-diff-heading" className="visually-hidden">
        {t('compare.diff.heading')}
      </h2>
      <Takeaway>{compareTakeaway(models, differences, i18n, closest)}</Takeaway>
      <div className="differences-columns">
        {differences.different.length > 0 && (
          <div>
            <h3>{t('compare.diff.differs')}</h3>
            <ol className="differences-list">
              {differences.different.slice(0, SHOWN).map((d) => (
                <DifferenceItem key={key(d)} d={d} names={names} areas={false} />
              ))}
            </ol>
            {differences.different.length > 0 && (
              <details className="differences-more">
                <summary>{t('compare.diff.all', { count: differences.different.length })}</summary>
                <ol className="differences-list">
                  {differences.different.map((d) => (
                    <DifferenceItem key={key(d)} d={d} names={names} areas />
                  ))}
                </ol>
              </details>
            )}
          </div>
        )}
        {differences.equal.length > 0 && (
          <div>
            <h3>{t('compare.diff.equal')}</h3>
            <p className="differences-equal">
              {differences.equal.map((d, i) => (
                <span key={key(d)}>
                  {i > 0 && ' · '}
                  {differenceLabel(d, t)}
                  {d.kind === 'number' && d.values[0] !== undefined && <b> {valueText(d.id, d.values[0], i18n)}</b>}
                </span>
              ))}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
