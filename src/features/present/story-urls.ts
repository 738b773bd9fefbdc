// Links of the Present view: a step of a story (`/present/<story>/<step>`, 1-based), and the live view a
// step shows ("Utforska"), built from the step's state in the spelling each view's own link uses:
// `/compare?models=a,b`, `/simulate?models=…&scenario=…&seed=…&month=…`, `/process?machine=…&models=…`,
// `/model/<id>`, `/draft`, `/about`. A text step has no view behind it.
import type { StoryStep } from '@/domain/story-schema';

/** The scenario a step runs when it names none. Kept here, not beside the figures, so that the shell's
 *  way back to a story (present-return-banner.tsx) does not pull the simulation into the first load. */
export const DEFAULT_STORY_SCENARIO = 'baseline';

export const presentPath = (storyId: string, step?: number): string =>
  step === undefined ? `/present/${encodeURIComponent(storyId)}` : `/present/${encodeURIComponent(storyId)}/${step}`;

/** The presenter window of a story at a step: `/present/<story>/<step>/presenter`. */
export const presenterPath = (storyId: string, step: number): string => `${presentPath(storyId, step)}/presenter`;

function query(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${String(value).split(',').map(encodeURIComponent).join(',')}`)
    .join('&');
}

/** The path (without `#`) of the view the step shows, opened in the step's state; undefined for text. */
export function livePath(step: StoryStep): string | undefined {
  const state = step.state ?? {};
  const models = state.models?.join(',');
  switch (step.view) {
    case 'compare':
      return `/compare?${query([['models', models]])}`;
    case 'simulate':
      return `/simulate?${query([
        ['models', models],
        ['scenario', state.scenario ?? DEFAULT_STORY_SCENARIO],
        ['seed', state.seed],
        ['month', state.month],
        ['kappa', state.kappa],
        ['omega', state.omega],
        ['sweep', state.sweep],
      ])}`;
    case 'process':
      return `/process?${query([
        ['machine', state.machine ?? 'matter'],
        ['models', models],
        ['seed', state.seed],
        ['matter', state.machine === undefined || state.machine === 'matter' ? (state.matter ?? 'cross-area') : undefined],
      ])}`;
    case 'model':
      return state.models?.[0] === undefined ? undefined : `/model/${encodeURIComponent(state.models[0])}`;
    case 'draft':
      return '/draft';
    case 'about':
      return '/about';
    case 'text':
      return undefined;
  }
}
