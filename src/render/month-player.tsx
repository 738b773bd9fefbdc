// Plays the simulated year month by month: play/pause, previous/next month and a month slider. The month
// lives with the caller (the URL); playing advances it once a second up to December. With the system set
// to reduced motion there is no playing, only stepping (the chart then changes only when asked).
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/i18n/language';
import { useReducedMotion } from './use-reduced-motion';

/** Time each month is shown while playing. */
export const PLAY_STEP_MS = 1000;

export function MonthPlayer({
  month,
  monthNames,
  onMonth,
}: {
  /** 0 = January … 11 = December. */
  month: number;
  monthNames: readonly string[];
  onMonth(month: number): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const reduced = useReducedMotion();
  const [playing, setPlaying] = useState(false);
  const current = useRef(month);
  current.current = month;
  const onMonthRef = useRef(onMonth);
  onMonthRef.current = onMonth;

  useEffect(() => {
    if (!playing || reduced) return;
    const timer = setInterval(() => {
      const next = current.current + 1;
      if (next > 11) {
        setPlaying(false);
        return;
      }
      onMonthRef.current(next);
      if (next === 11) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, reduced]);

  const name = monthNames[month] ?? '';
  const play = () => {
    if (month >= 11) onMonth(0);
    setPlaying(true);
  };
  return (
    <div className="month-player" role="group" aria-label={t('player.group')}>
      {!reduced && (
        <button type="button" className="player-button" aria-pressed={playing} onClick={() => (playing ? setPlaying(false) : play())}>
          {playing ? t('player.pause') : t('player.play')}
        </button>
      )}
      <button
        type="button"
        className="player-button"
        onClick={() => {
          setPlaying(false);
          onMonth(Math.max(0, month - 1));
        }}
        disabled={month <= 0}
      >
        {t('player.previous')}
      </button>
      <button
        type="button"
        className="player-button"
        onClick={() => {
          setPlaying(false);
          onMonth(Math.min(11, month + 1));
        }}
        disabled={month >= 11}
      >
        {t('player.next')}
      </button>
      <label htmlFor={`${id}-slider`} className="player-label">
        {t('player.label')}
      </label>
      <input
        id={`${id}-slider`}
        type="range"
        min={1}
        max={12}
        step={1}
        value={month + 1}
        aria-valuetext={t('player.position', { month: name })}
        onChange={(event) => {
          setPlaying(false);
          onMonth(Number(event.target.value) - 1);
        }}
      />
      <output htmlFor={`${id}-slider`} className="player-month" aria-live={playing ? 'off' : 'polite'}>
        {t('player.position', { month: name })}
      </output>
      {reduced && <p className="help player-note">{t('player.reducedMotion')}</p>}
    </div>
  );
}
