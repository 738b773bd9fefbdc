// The Draft view's answer in one sentence: what the draft amounts to (bodies, elected members, budget
// holders), how it compares in elected members with the organisation it replaces, and whether it can be
// printed as a proposal. Computed from the same derived facts as the live preview; nothing when the draft's
// numbers are out of bounds (the issues panel says what to fix).
import { deriveFacts } from '@/domain/derived-facts';
import type { Model } from '@/domain/model-schema';
import type { ValidationResult } from '@/domain/validate-model';
import type { I18n } from '@/i18n/language';
import { computable } from './live-preview';

export function draftTakeaway(
  i18n: Pick<I18n, 't' | 'pick'>,
  model: Model,
  validation: ValidationResult,
  today: Model | undefined,
): string | undefined {
  const { t, pick } = i18n;
  if (!computable(validation)) return undefined;
  let persons: number;
  let bodies: number;
  let holders: number;
  let todayPersons: number | undefined;
  try {
    const facts = deriveFacts(model);
    persons = facts.persons.total;
    bodies = facts.bodies.total;
    holders = facts.budgetHolders.length;
    todayPersons = today === undefined ? undefined : deriveFacts(today).persons.total;
  } catch {
    return undefined;
  }
  const name = pick(model.name) || model.id;
  const todayName = today === undefined ? '' : pick(today.name);
  const compared =
    todayPersons === undefined || today?.id === model.id
      ? ''
      : persons < todayPersons
        ? t('draft.takeaway.fewer', { count: todayPersons - persons, today: todayName })
        : persons > todayPersons
          ? t('draft.takeaway.more', { count: persons - todayPersons, today: todayName })
          : t('draft.takeaway.same', { today: todayName });
  return [t('draft.takeaway', { name, bodies, persons, holders }), compared, t('draft.takeaway.errors', { errors: validation.errors.length })]
    .filter(Boolean)
    .join(' ');
}
