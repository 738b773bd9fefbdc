// A story played on a shared screen (DESIGN §6 Present): the step fills the window under a thin bar with
// the progress ("Steg 3 av 12"), buttons for the previous and next step, the presenter notes and browser
// full screen; every step is a link in the row at the bottom. Keys: present-keys.ts. The step is in the
// URL (`#/present/<story>/<step>`), so Back and a pasted link land on the same slide.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LoadedStory } from '@/domain/validate-story';
import { useI18n } from '@/i18n/language';
import type { Navigate } from '@/url-state/url-state';
import { focusTarget, presentAction, targetStep } from './present-keys';
import { forgetReturn, rememberReturn } from './present-return';
import { BrokenSlide, ExploreLink, FilledText, Slide } from './slide';
import type { FigureWorld } from './story-figures';
import { presentPath } from './story-urls';

const NOTES_KEY = 'kommunmodell.present.notes';

function initialNotes(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(NOTES_KEY) === 'open';
  } catch {
    return false;
  }
}


export function PresentShow({
  story,
  stepNumber,
  world,
  navigate,
}: {
  story: LoadedStory;
  stepNumber: number;
  world: FigureWorld;
  navigate: Navigate;
}) {
  const { t, pick, lang, setLang } = useI18n();
  const count = story.steps.length;
  const entry = story.steps[stepNumber - 1];
  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const [notesOpen, setNotesOpen] = useState(initialNotes);
  const [fullscreen, setFullscreen] = useState(false);
  const [fullscreenRefused, setFullscreenRefused] = useState(false);
  const [height, setHeight] = useState<number | undefined>(undefined);

  const go = useCallback((step: number) => navigate(presentPath(story.id, step)), [navigate, story.id]);
  const toggleNotes = useCallback(() => {
    setNotesOpen((open) => {
      try {
        globalThis.sessionStorage?.setItem(NOTES_KEY, open ? 'closed' : 'open');
      } catch {
        // The choice lasts for this page only.
      }
      return !open;
    });
  }, []);
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
      return;
    }
    const element = root.current;
    if (!element?.requestFullscreen) {
      setFullscreenRefused(true);
      return;
    }
    element.requestFullscreen().then(
      () => setFullscreenRefused(false),
      () => setFullscreenRefused(true),
    );
  }, []);

  // The show fills the window below the app's header, so the list of steps stays in view.
  useLayoutEffect(() => {
    const fitToWindow = () => {
      const element = root.current;
      if (element) setHeight(Math.max(420, Math.floor(innerHeight - (element.getBoundingClientRect().top + scrollY) - 6)));
    };
    fitToWindow();
    addEventListener('resize', fitToWindow);
    return () => removeEventListener('resize', fitToWindow);
  }, []);

  // Back in the story: the way back from a live view is no longer needed.
  useEffect(() => forgetReturn(), []);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null && document.fullscreenElement === root.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = presentAction({
        key: event.key,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        target: focusTarget(document.activeElement),
      });
      if (action === undefined) return;
      event.preventDefault();
      if (action === 'notes') toggleNotes();
      else if (action === 'fullscreen') toggleFullscreen();
      else {
        const next = targetStep(action, stepNumber, count);
        if (next !== undefined && next !== stepNumber) go(next);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [count, go, stepNumber, toggleFullscreen, toggleNotes]);

  // A new step starts at its top.
  useEffect(() => {
    stage.current?.scrollTo?.({ top: 0 });
  }, [stepNumber]);

  const titleOf = (index: number): string => {
    const item = story.steps[index];
    if (item === undefined) return '';
    if (item.ok) return pick(item.step.title);
    return item.title === undefined ? t('present.broken.untitled', { step: index + 1 }) : pick(item.title);
  };
  const progress = t('present.progress', { step: stepNumber, count });

  return (
    <div className={`present${fullscreen ? ' present-fullscreen' : ''}`} ref={root} style={fullscreen ? undefined : { height }}>
      <div className="present-bar">
        <p className="present-story">{pick(story.title)}</p>
        <p className="present-progress">
          <span aria-hidden="true">{progress}</span>
          <span className="present-progress-track" aria-hidden="true">
            <span style={{ width: `${(100 * stepNumber) / count}%` }} />
          </span>
        </p>
        <p className="visually-hidden" aria-live="polite">
          {progress}: {titleOf(stepNumber - 1)}
        </p>
        <div className="present-controls">
          {entry?.ok && (
            <ExploreLink
              step={entry.step}
              onExplore={() => rememberReturn({ storyId: story.id, step: stepNumber, storyTitle: story.title })}
            />
          )}
          <button type="button" onClick={() => go(stepNumber - 1)} disabled={stepNumber <= 1}>
            <span aria-hidden="true">← </span>
            {t('present.previous')}
          </button>
          <button type="button" onClick={() => go(stepNumber + 1)} disabled={stepNumber >= count}>
            {t('present.next')}
            <span aria-hidden="true"> →</span>
          </button>
          <button type="button" aria-expanded={notesOpen} aria-controls="present-notes" onClick={toggleNotes}>
            {t('present.notes.toggle')}
          </button>
          <button type="button" onClick={toggleFullscreen}>
            {t(fullscreen ? 'present.fullscreen.leave' : 'present.fullscreen.enter')}
          </button>
          {fullscreen && (
            <button type="button" lang={lang === 'sv' ? 'en' : 'sv'} onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}>
              {t('app.switchToOther')}
            </button>
          )}
        </div>
      </div>
      {fullscreenRefused && (
        <p role="status" className="present-refused">
          {t('present.fullscreen.refused')}
        </p>
      )}
      <div className="present-stage" ref={stage} tabIndex={0} role="region" aria-label={progress}>
        {entry === undefined ? null : entry.ok ? (
          <Slide story={story} step={entry.step} world={world} />
        ) : (
          <BrokenSlide entry={entry} number={stepNumber} />
        )}
      </div>
      <aside id="present-notes" className="present-notes" aria-labelledby="present-notes-heading" hidden={!notesOpen}>
        <h2 id="present-notes-heading">{t('present.notes.heading')}</h2>
        {entry?.ok ? <FilledText text={pick(entry.step.notes)} step={entry.step} world={world} /> : <p>{t('present.notes.none')}</p>}
      </aside>
      <nav className="present-steps" aria-label={t('present.steps.label')}>
        <ol>
          {story.steps.map((item, index) => (
            <li key={index}>
              <a
                href={`#${presentPath(story.id, index + 1)}`}
                aria-current={index + 1 === stepNumber ? 'step' : undefined}
                className={item.ok ? undefined : 'present-step-broken'}
                title={titleOf(index)}
              >
                {index + 1}
                {!item.ok && <span aria-hidden="true">!</span>}
                <span className="visually-hidden">
                  : {titleOf(index)}
                  {!item.ok && ` (${t('present.steps.broken')})`}
                </span>
              </a>
            </li>
          ))}
        </ol>
        <p className="present-keys">{t('present.keys')}</p>
      </nav>
    </div>
  );
}
