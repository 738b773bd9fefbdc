// A story played for the audience (DESIGN §7): the whole window is the 16:9 stage — no app chrome, no
// notes, nothing to scroll — with a small bar of controls that fades when the mouse rests and comes back
// on a move or a Tab. Keys: present-keys.ts (N opens the presenter window, F full screen). The step is in
// the URL (`#/present/<story>/<step>`), so Back and a pasted link land on the same slide; the presenter
// window (presenter-view.tsx) follows and leads over present-channel.ts. The many simulated years of the
// current step are asked for first, then the next step's, then the rest, and the next step's example
// year is computed ahead, so a step change only draws.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadedStory } from '@/domain/validate-story';
import { useI18n } from '@/i18n/language';
import { openPresentChannel, type PresentChannel } from './present-channel';
import { focusTarget, presentAction, targetStep } from './present-keys';
import { forgetReturn, rememberReturn } from './present-return';
import { BrokenSlide, ExploreLink, Slide } from './slide';
import { Stage } from './stage';
import { requestStepYears, warmStep, type FigureWorld } from './story-figures';
import { useStoryRuns } from './story-runs';
import { presentPath, presenterPath } from './story-urls';
import { HandoutButton } from './handout-button';

export type Navigate = (to: string, options?: { replace?: boolean }) => void;

const IDLE_MS = 2500;

/** Asks for the years of the step shown first, then the next, then every other step's. */
export function usePreparedSteps(story: LoadedStory, stepNumber: number, world: FigureWorld): void {
  const version = useStoryRuns();
  useEffect(() => {
    const order = [stepNumber - 1, stepNumber, ...story.steps.map((_, i) => i)];
    const seen = new Set<number>();
    const steps = order.filter((i) => i >= 0 && i < story.steps.length && !seen.has(i) && seen.add(i) !== undefined);
    // Later steps first with `first = false`, then the next and the current step to the front of the queue.
    for (const i of steps.slice(2)) {
      const entry = story.steps[i];
      if (entry?.ok) requestStepYears(entry.step, world);
    }
    for (const i of steps.slice(0, 2).reverse()) {
      const entry = story.steps[i];
      if (entry?.ok) requestStepYears(entry.step, world, true);
    }
  }, [story, stepNumber, world]);
  // The next step's example year (pipes, journey) is computed while the audience looks at this one.
  useEffect(() => {
    const next = story.steps[stepNumber];
    if (!next?.ok) return;
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => number }).requestIdleCallback;
    const run = () => warmStep(next.step, world);
    if (idle) idle(run);
    else setTimeout(run, 50);
  }, [story, stepNumber, world, version]);
}

/** Opens (or brings forward) the presenter window at this step. */
export function openPresenterWindow(storyId: string, step: number): void {
  const url = `${location.href.split('#')[0] ?? ''}#${presenterPath(storyId, step)}`;
  const opened = open(url, 'kommunmodell-presenter', 'popup,width=1280,height=800');
  opened?.focus();
}

/** Keys of the show, in either window: step, N for the presenter window, F for full screen. */
export function useShowKeys({
  stepNumber,
  count,
  go,
  onNotes,
  onFullscreen,
}: {
  stepNumber: number;
  count: number;
  go(step: number): void;
  onNotes(): void;
  onFullscreen(): void;
}): void {
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
      if (action === 'notes') onNotes();
      else if (action === 'fullscreen') onFullscreen();
      else {
        const next = targetStep(action, stepNumber, count);
        if (next !== undefined && next !== stepNumber) go(next);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [count, go, stepNumber, onNotes, onFullscreen]);
}

/** Both windows follow each other: a move here is told to the channel, a move there is followed here. */
export function useFollowing(storyId: string, navigate: Navigate, path: (step: number) => string): (step: number) => void {
  const channel = useRef<PresentChannel | undefined>(undefined);
  useEffect(() => {
    const opened = openPresentChannel((message) => {
      if (message.story === storyId) navigate(path(message.step), { replace: true });
    });
    channel.current = opened;
    return () => opened.close();
  }, [storyId, navigate, path]);
  return useCallback(
    (step: number) => {
      navigate(path(step));
      channel.current?.post(storyId, step);
    },
    [navigate, path, storyId],
  );
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
  const [idle, setIdle] = useState(false);
  const [fullscreenRefused, setFullscreenRefused] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const path = useCallback((step: number) => presentPath(story.id, step), [story.id]);
  const go = useFollowing(story.id, navigate, path);
  usePreparedSteps(story, stepNumber, world);

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
  const openPresenter = useCallback(() => openPresenterWindow(story.id, stepNumber), [story.id, stepNumber]);
  useShowKeys({ stepNumber, count, go, onNotes: openPresenter, onFullscreen: toggleFullscreen });

  // Back in the story: the way back from a live view is no longer needed.
  useEffect(() => forgetReturn(), []);

  // The controls fade when the mouse rests; a move, a touch or the focus inside them brings them back.
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), IDLE_MS);
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), IDLE_MS);
    };
    addEventListener('pointermove', wake);
    addEventListener('pointerdown', wake);
    return () => {
      clearTimeout(timer);
      removeEventListener('pointermove', wake);
      removeEventListener('pointerdown', wake);
    };
  }, []);

  const progress = t('present.progress', { step: stepNumber, count });
  const titleOf = (index: number): string => {
    const item = story.steps[index];
    if (item === undefined) return '';
    if (item.ok) return pick(item.step.title);
    return item.title === undefined ? t('present.broken.untitled', { step: index + 1 }) : pick(item.title);
  };

  return (
    <div className="show" ref={root}>
      <Stage label={`${pick(story.title)}, ${progress}`}>
        {entry === undefined ? null : entry.ok ? (
          <Slide story={story} step={entry.step} world={world} number={stepNumber} count={count} />
        ) : (
          <BrokenSlide entry={entry} number={stepNumber} />
        )}
      </Stage>
      <p className="visually-hidden" aria-live="polite">
        {progress}: {titleOf(stepNumber - 1)}
      </p>
      {fullscreenRefused && (
        <p role="status" className="show-refused">
          {t('present.fullscreen.refused')}
        </p>
      )}
      <nav className={`show-controls${idle ? ' show-controls-idle' : ''}`} aria-label={t('show.controls')}>
        <a href="#/present" className="show-exit">
          {t('show.exit')}
        </a>
        <button type="button" onClick={() => go(stepNumber - 1)} disabled={stepNumber <= 1}>
          <span aria-hidden="true">← </span>
          {t('present.previous')}
        </button>
        <span className="show-progress" aria-hidden="true">
          {progress}
        </span>
        <button type="button" onClick={() => go(stepNumber + 1)} disabled={stepNumber >= count}>
          {t('present.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <button type="button" onClick={openPresenter}>
          {t('show.presenter')}
        </button>
        <button type="button" onClick={toggleFullscreen}>
          {t(fullscreen ? 'present.fullscreen.leave' : 'present.fullscreen.enter')}
        </button>
        <button type="button" lang={lang === 'sv' ? 'en' : 'sv'} onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}>
          {t('app.switchToOther')}
        </button>
        {entry?.ok && (
          <ExploreLink
            step={entry.step}
            onExplore={() => rememberReturn({ storyId: story.id, step: stepNumber, storyTitle: story.title })}
          />
        )}
        <HandoutButton story={story} world={world} />
      </nav>
    </div>
  );
}
