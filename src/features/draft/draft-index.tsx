// The section index of the Draft view: one link per part of the form (and the political bodies listed
// one by one, so KS is two Tab presses away, not fifty-five), and one to the proposal document. A link
// moves the focus to the heading (or the body's summary), so keyboard and screen-reader users land there.
import { useI18n } from '@/i18n/language';
import type { MessageKey } from '@/i18n/catalogue';
import { useDraftEditing } from './draft-context';
import { fieldId } from './field-paths';

const PARTS: { id: string; key: MessageKey }[] = [
  { id: 'draft-identity-heading', key: 'draft.identity.heading' },
  { id: 'draft-council-heading', key: 'draft.council.heading' },
  { id: 'draft-bodies-heading', key: 'draft.bodies.heading' },
  { id: 'draft-areas-heading', key: 'draft.areas.heading' },
  { id: 'draft-departments-heading', key: 'draft.departments.heading' },
  { id: 'draft-sources-heading', key: 'draft.sources.heading' },
  { id: 'draft-cost-heading', key: 'draft.cost.heading' },
  { id: 'draft-proposal-controls', key: 'draft.index.toDocument' },
];

function focus(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  // A folded body opens when its summary is the target.
  if (target.tagName === 'DETAILS') (target as HTMLDetailsElement).open = true;
  const focusable = target.tagName === 'DETAILS' ? target.querySelector('summary') : target;
  (focusable as HTMLElement | null)?.focus();
  target.scrollIntoView({ block: 'start' });
}

export function DraftIndex() {
  const { t, pick } = useI18n();
  const { model } = useDraftEditing();
  const link = (id: string, text: string) => (
    <a
      href={`#${id}`}
      onClick={(e) => {
        e.preventDefault();
        focus(id);
      }}
    >
      {text}
    </a>
  );
  return (
    <nav className="draft-index" aria-label={t('draft.index')} id="draft-index">
      <ul>
        {PARTS.map((part) => (
          <li key={part.id}>
            {link(part.id, t(part.key))}
            {part.id === 'draft-bodies-heading' && (
              <ul>
                {model.bodies.map((body, i) => (
                  <li key={`${i}-${body.id}`}>{link(fieldId(['bodies', i]), pick(body.name) || body.id)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
