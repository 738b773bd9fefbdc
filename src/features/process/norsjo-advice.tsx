// Norsjö's advice to the Ånge working group (seed 002, "Medskick från Norsjö"), shown beside the
// reorganisation statechart with where the running process stands on each point: the advice is the
// machine's guards (src/machines/reorganisation.ts), so the text and the behaviour cannot drift apart.
import type { AnyMachineSnapshot } from 'xstate';
import {
  MIN_PREPARATION_MONTHS,
  MONTHS_BEFORE_EVALUATION,
  STEERING_DOCUMENT_KINDS,
  STEERING_DOCUMENT_LABELS,
  type ReorganisationContext,
} from '@/machines/reorganisation';
import { useI18n } from '@/i18n/language';
import { guardWords } from '@/render/process-words';

export function NorsjoAdvice({ snapshot }: { snapshot: AnyMachineSnapshot }) {
  const { t, pick } = useI18n();
  const context = snapshot.context as ReorganisationContext;
  const done = STEERING_DOCUMENT_KINDS.filter((kind) => context.updated[kind]);
  const list = STEERING_DOCUMENT_KINDS.map(
    (kind) => `${pick(STEERING_DOCUMENT_LABELS[kind])}: ${t(context.updated[kind] ? 'process.norsjo.done' : 'process.norsjo.notDone')}`,
  ).join('; ');
  return (
    <section className="norsjo" aria-labelledby="norsjo-heading">
      <h3 id="norsjo-heading">{t('process.norsjo.heading')}</h3>
      <p>{t('process.norsjo.intro')}</p>
      <ol>
        <li>
          <blockquote>{t('process.norsjo.twoYears')}</blockquote>
          <p>{t('process.norsjo.twoYears.status', { months: context.monthsSinceStart, required: MIN_PREPARATION_MONTHS })}</p>
          <p className="help">{t('process.norsjo.guard', { guard: guardWords(t, 'readyForNewTerm') })}</p>
        </li>
        <li>
          <blockquote>{t('process.norsjo.together')}</blockquote>
          <p>{t('process.norsjo.together.status', { done: done.length, total: STEERING_DOCUMENT_KINDS.length, list })}</p>
          <p className="help">{t('process.norsjo.guard', { guard: guardWords(t, 'readyForNewTerm') })}</p>
        </li>
        <li>
          <blockquote>{t('process.norsjo.fourYears')}</blockquote>
          <p>{t('process.norsjo.fourYears.status', { months: context.monthsInForce, required: MONTHS_BEFORE_EVALUATION })}</p>
          <p className="help">{t('process.norsjo.guard', { guard: guardWords(t, 'fourYearsInForce') })}</p>
        </li>
      </ol>
      <p className="help">{t('process.norsjo.source')}</p>
    </section>
  );
}
