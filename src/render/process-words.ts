// Events and guards of the process machines in words (DESIGN §6: "guards named in words"), from the
// message catalogue. A name the catalogue does not know (a machine changed since) is shown as it is,
// so a new event still appears instead of vanishing.
import type { StatechartTransition } from '@/layout/statechart-layout';
import { hasMessage } from '@/i18n/catalogue';
import type { I18n } from '@/i18n/language';

const known = hasMessage;

export function eventWords(t: I18n['t'], event: string | undefined): string {
  if (event === undefined) return t('process.diagram.auto');
  const key = `process.event.${event}`;
  return known(key) ? t(key) : event;
}

export function guardWords(t: I18n['t'], guard: string): string {
  const key = `process.guard.${guard}`;
  return known(key) ? t(key) : guard;
}

/** A transition's label: the event in words, then its condition ("if …", "otherwise") when it has one. */
export function transitionWords(t: I18n['t'], transition: StatechartTransition): string[] {
  const condition =
    transition.guard !== undefined
      ? t('process.diagram.when', { guard: guardWords(t, transition.guard) })
      : transition.otherwise
        ? t('process.diagram.otherwise')
        : '';
  return [eventWords(t, transition.event), condition];
}
