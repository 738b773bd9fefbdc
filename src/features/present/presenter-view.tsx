// The presenter window (DESIGN §7): what only the presenter sees — the current slide and the next, the
// narration to say with its figures filled in, the notes, the key figures, the assumptions the step
// depends on, its sources, and a timer. It leads and follows the audience window over present-channel.ts:
// a key or a click in either moves both. Opened from the show with N or "Presentatörsvy".
import { useCallback, useEffect, useState } from 'react';
import type { LoadedStory } from '@/domain/validate-story';
import { DataTable } from '@/render/data-table';
import { useI18n } from '@/i18n/language';
import { HandoutButton } from './handout-button';
import { useFollowing, usePreparedSteps, useShowKeys, type Navigate } from './present-show';
import { ContestedList, figuresTable, FilledText, Slide, SourceList } from './slide';
import { Stage } from './stage';
import type { FigureWorld } from './story-figures';
import { presenterPath } from './story-urls';

function useElapsed(): { seconds: number; running: boolean; toggle(): void; reset(): void } {
  const [started, setStarted] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const end = pausedAt ?? now;
  return {
    seconds: Math.max(0, Math.floor((end - started) / 1000)),
    running: pausedAt === undefined,
    toggle: () => {
      if (pausedAt === undefined) setPausedAt(Date.now());
      else {
        setStarted((s) => s + (Date.now() - pausedAt));
        setPausedAt(undefined);
      }
    },
    reset: () => {
      setStarted(Date.now());
      setPausedAt(undefined);
      setNow(Date.now());
    },
  };
}

const clock = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function PresenterView({ story, stepNumber, world, navigate }: { story: LoadedStory; stepNumber: number; world: FigureWorld; navigate: Navigate }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const count = story.steps.length;
  const entry = story.steps[stepNumber - 1];
  const next = story.steps[stepNumber];
  const path = useCallback((step: number) => presenterPath(story.id, step), [story.id]);
  const go = useFollowing(story.id, navigate, path);
  const timer = useElapsed();
  usePreparedSteps(story, stepNumber, world);
  useShowKeys({ stepNumber, count, go, onNotes: () => undefined, onFullscreen: () => undefined });
  useEffect(() => {
    document.title = `${t('presenter.title')}: ${pick(story.title)}`;
  }, [t, pick, story.title]);
  const table = entry?.ok ? figuresTable(entry.step, world, i18n) : undefined;
  return (
    <div className="presenter">
      <header className="presenter-bar">
        <h1>
          {t('presenter.title')}: {pick(story.title)}
        </h1>
        <p className="presenter-progress">{t('present.progress', { step: stepNumber, count })}</p>
        <p className="presenter-timer" role="timer" aria-label={t('presenter.timer')}>
          {clock(timer.seconds)}
        </p>
        <button type="button" onClick={timer.toggle}>
          {t(timer.running ? 'presenter.pause' : 'presenter.resume')}
        </button>
        <button type="button" onClick={timer.reset}>
          {t('presenter.reset')}
        </button>
        <button type="button" onClick={() => go(stepNumber - 1)} disabled={stepNumber <= 1}>
          <span aria-hidden="true">← </span>
          {t('present.previous')}
        </button>
        <button type="button" onClick={() => go(stepNumber + 1)} disabled={stepNumber >= count}>
          {t('present.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <HandoutButton story={story} world={world} />
      </header>
      <div className="presenter-slides">
        <section className="presenter-current" aria-labelledby="presenter-current">
          <h2 id="presenter-current">{t('presenter.current')}</h2>
          <div className="presenter-preview" aria-hidden="true" inert>
            <Stage>{entry?.ok && <Slide story={story} step={entry.step} world={world} number={stepNumber} count={count} preview />}</Stage>
          </div>
          {entry?.ok && <p className="presenter-takeaway">{pick(entry.step.title)}</p>}
        </section>
        <section className="presenter-next" aria-labelledby="presenter-next">
          <h2 id="presenter-next">{t('presenter.next')}</h2>
          {next?.ok ? (
            <>
              <div className="presenter-preview" aria-hidden="true" inert>
                <Stage>
                  <Slide story={story} step={next.step} world={world} number={stepNumber + 1} count={count} preview animate={false} />
                </Stage>
              </div>
              <p className="presenter-takeaway">{pick(next.step.title)}</p>
            </>
          ) : (
            <p>{t('presenter.end')}</p>
          )}
        </section>
      </div>
      {entry?.ok && (
        <div className="presenter-text">
          <section aria-labelledby="presenter-say">
            <h2 id="presenter-say">{t('presenter.say')}</h2>
            <div className="presenter-narration">
              <FilledText text={pick(entry.step.narration)} step={entry.step} world={world} />
            </div>
          </section>
          <section aria-labelledby="presenter-notes">
            <h2 id="presenter-notes">{t('present.notes.heading')}</h2>
            <FilledText text={pick(entry.step.notes)} step={entry.step} world={world} />
            <ContestedList step={entry.step} world={world} />
            {table && <DataTable table={table} className="presenter-figures" />}
            <SourceList story={story} step={entry.step} />
          </section>
        </div>
      )}
    </div>
  );
}
