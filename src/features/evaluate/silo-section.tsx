// Where the silo question shows (DESIGN §12): area 4 (leadership, responsibility and delegation) and
// sub-question 5.2 (costs and results in the budget process), with each shown profile's points and the
// report's own words, quoted exactly as the profile file holds them (checked against seed 003 by a test).
import type { Quote } from '@/domain/evaluation-schema';
import { useI18n } from '@/render/i18n/language';
import type { ShownProfile } from './evaluate-takeaway';

/** "seed 003" for a seed file, else the source's reference. */
function sourceLabel(from: ShownProfile, id: string): string {
  const source = from.profile.sources.find((s) => s.id === id);
  if (!source) return id;
  const seed = /^(\d{3})_/.exec(source.reference);
  return source.kind === 'seed' && seed ? `seed ${seed[1]}` : source.reference.slice(0, 120);
}

function Quotes({ shown, area, subQuestion }: { shown: readonly ShownProfile[]; area: number; subQuestion?: string }) {
  const { t, lang } = useI18n();
  const quotes: { quote: Quote; from: ShownProfile }[] = shown.flatMap((s) =>
    (s.profile.areas.find((a) => a.area === area)?.quotes ?? [])
      .filter((quote) => (subQuestion === undefined ? quote.subQuestion === undefined || !quote.subQuestion.startsWith('5.') : quote.subQuestion === subQuestion))
      .map((quote) => ({ quote, from: s })),
  );
  if (quotes.length === 0) return <p className="help">{t('evaluate.silo.noQuotes')}</p>;
  return (
    <>
      {quotes.map(({ quote, from }, i) => (
        <figure key={i} className="evaluate-quote">
          <blockquote lang="sv">
            <p>{quote.text}</p>
          </blockquote>
          {lang === 'en' && quote.translationEn && (
            <p className="evaluate-translation" lang="en">
              {t('evaluate.silo.translationNote')}
              {quote.translationEn}
            </p>
          )}
          <figcaption>
            {t('evaluate.silo.quoteFrom', {
              municipality: from.profile.municipality,
              year: from.profile.year,
              source: sourceLabel(from, quote.source),
              at: quote.at,
            })}
          </figcaption>
        </figure>
      ))}
    </>
  );
}

export function SiloSection({ shown }: { shown: readonly ShownProfile[] }) {
  const { t, number } = useI18n();
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="evaluate-silo-heading" className="evaluate-silo">
      <h2 id="evaluate-silo-heading">{t('evaluate.silo.heading')}</h2>
      <p>{t('evaluate.silo.intro')}</p>
      <div className="evaluate-silo-grid">
        <article aria-labelledby="evaluate-silo-4">
          <h3 id="evaluate-silo-4">{t('evaluate.silo.area4')}</h3>
          <ul className="evaluate-silo-scores" aria-label={t('evaluate.silo.scores')}>
            {shown.map((s) => {
              const area = s.profile.areas.find((a) => a.area === 4);
              return <li key={s.profile.id}>{t('evaluate.silo.areaScore', { name: s.label, score: number(area?.score ?? 0) })}</li>;
            })}
          </ul>
          <Quotes shown={shown} area={4} />
        </article>
        <article aria-labelledby="evaluate-silo-52">
          <h3 id="evaluate-silo-52">{t('evaluate.silo.q52')}</h3>
          <ul className="evaluate-silo-scores" aria-label={t('evaluate.silo.scores')}>
            {shown.map((s) => {
              const q = s.profile.areas.find((a) => a.area === 5)?.subQuestions.find((item) => item.id === '5.2');
              return (
                <li key={s.profile.id}>
                  {q ? t('evaluate.silo.subScore', { name: s.label, score: number(q.score), max: number(q.max) }) : `${s.label}: –`}
                </li>
              );
            })}
          </ul>
          <Quotes shown={shown} area={5} subQuestion="5.2" />
        </article>
      </div>
    </section>
  );
}
