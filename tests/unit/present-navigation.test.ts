// The Present view's keys and links: which key moves where (a clicker's PageDown, space, Home/End; keys
// meant for a focused field or button left alone), and the live link ("Utforska") each view is opened with.
import { describe, expect, it } from 'vitest';
import type { StoryStep } from '@/domain/story-schema';
import { presentAction, targetStep, type KeyInput } from '@/features/present/present-keys';
import { livePath, presentPath } from '@/features/present/story-urls';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: 'other',
  ...extra,
});

describe('present keys', () => {
  it('moves with arrows, PageUp/PageDown, space and Home/End, within the story', () => {
    const moves = ['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End'].map((k) => {
      const action = presentAction(key(k));
      return action === undefined ? undefined : targetStep(action, 3, 12);
    });
    expect(moves).toEqual([4, 4, 4, 2, 2, 1, 12]);
    expect(targetStep('next', 12, 12)).toBe(12);
    expect(targetStep('previous', 1, 12)).toBe(1);
    expect(presentAction(key(' ', { shiftKey: true }))).toBe('previous');
  });

  it('toggles notes with N and full screen with F', () => {
    expect([presentAction(key('n')), presentAction(key('N')), presentAction(key('f'))]).toEqual(['notes', 'notes', 'fullscreen']);
  });

  it('leaves keys to a focused field, space to a focused button, and Alt+← to the browser', () => {
    expect(presentAction(key('ArrowRight', { target: 'field' }))).toBeUndefined();
    expect(presentAction(key(' ', { target: 'control' }))).toBeUndefined();
    expect(presentAction(key('ArrowRight', { target: 'control' }))).toBe('next');
    expect(presentAction(key('ArrowLeft', { altKey: true }))).toBeUndefined();
    expect(presentAction(key('ArrowDown'))).toBeUndefined();
    expect(presentAction(key('x'))).toBeUndefined();
  });
});

const step = (view: StoryStep['view'], state?: StoryStep['state']): StoryStep => ({
  view,
  title: { sv: 't', en: 't' },
  takeaway: { sv: 't', en: 't' },
  narration: { sv: 'n', en: 'n' },
  notes: { sv: 'a', en: 'b' },
  sources: [],
  ...(state === undefined ? {} : { state }),
});

describe('present links', () => {
  it('opens each view in the state the step names', () => {
    expect(presentPath('hearing', 3)).toBe('/present/hearing/3');
    expect(livePath(step('compare', { models: ['ange-today', 'ange-a'] }))).toBe('/compare?models=ange-today,ange-a');
    expect(livePath(step('simulate', { models: ['ange-today', 'ange-a'], scenario: 'ifo-shock', seed: 1, month: 8, kappa: 0.5, sweep: 'kappa' }))).toBe(
      '/simulate?models=ange-today,ange-a&scenario=ifo-shock&seed=1&month=8&kappa=0.5&sweep=kappa',
    );
    expect(livePath(step('simulate', { models: ['munkfors'] }))).toBe('/simulate?models=munkfors&scenario=baseline');
    expect(livePath(step('process', { models: ['ange-today', 'ange-a'], seed: 2 }))).toBe(
      '/process?machine=matter&models=ange-today,ange-a&seed=2&matter=cross-area',
    );
    expect(livePath(step('process', { models: ['ange-today', 'ange-a'], machine: 'reorganisation' }))).toBe(
      '/process?machine=reorganisation&models=ange-today,ange-a',
    );
    expect(livePath(step('model', { models: ['munkfors'] }))).toBe('/model/munkfors');
    expect([livePath(step('draft')), livePath(step('about')), livePath(step('text'))]).toEqual(['/draft', '/about', undefined]);
  });
});
