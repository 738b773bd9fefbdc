// A term from the glossary (i18n/glossary.ts) where it appears on screen: its words, then a small
// "?" button that opens the plain explanation, why it matters and which way the figure points. Works by
// keyboard (Enter/Space opens, Escape closes) and by touch (the button's hit area is 44 × 44 px), and
// a screen reader hears the explanation when the button is pressed (aria-expanded + a live note).
import { useId, useState } from 'react';
import { GLOSSARY, termLabel, type GlossaryEntry, type GlossaryId } from '@/i18n/glossary';
import { useI18n } from '@/i18n/language';

export function Term({ id, children }: { id: GlossaryId; children?: React.ReactNode }) {
  const { lang, t } = useI18n();
  const [open, setOpen] = useState(false);
  const noteId = useId();
  const entry: GlossaryEntry = GLOSSARY[id];
  const label = children ?? termLabel(id, lang);
  return (
    <span className="term">
      {label}
      <button
        type="button"
        className="term-button"
        aria-expanded={open}
        aria-controls={noteId}
        aria-label={t('term.explain', { term: entry.term[lang] })}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        ?
      </button>
      <span id={noteId} role="note" className="term-note" hidden={!open}>
        {open && (
          <>
            <strong>{termLabel(id, lang)}.</strong> {entry.explanation[lang]} {entry.why[lang]}
            {entry.directionText && <em> {entry.directionText[lang]}</em>}
          </>
        )}
      </span>
    </span>
  );
}
