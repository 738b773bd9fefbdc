// The stories shipped in stories/ and the scenarios in models/scenarios/, bundled into the site. Each
// story is validated against the models and scenarios the tool has (src/domain/validate-story.ts); a
// story whose envelope is broken is listed with its problems, a broken step is kept as that step's error.
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import type { Issue } from '@/domain/validation-issue';
import { validateStory, type LoadedStory } from '@/domain/validate-story';
import { parseScenario } from '@/simulation/load-scenario';

const storyJson = import.meta.glob<unknown>(['../../../stories/*.json', '!../../../stories/*.schema.json'], {
  eager: true,
  import: 'default',
});
const scenarioJson = import.meta.glob<unknown>('../../../models/scenarios/*.json', { eager: true, import: 'default' });

export type StoryFile =
  | { file: string; id: string; ok: true; story: LoadedStory }
  | { file: string; id: string; ok: false; issues: Issue[] };

const fileName = (path: string): string => path.replace(/^.*\//, '');

/** Shipped scenarios by id; a file that fails validation is left out. */
export const storyScenarios: ReadonlyMap<string, Scenario> = new Map(
  Object.values(scenarioJson).flatMap((json) => {
    const loaded = parseScenario(json);
    return loaded.ok ? [[loaded.scenario.id, loaded.scenario] as const] : [];
  }),
);

/** Every shipped story, checked against `models`, sorted by id (the hearing first by its name). */
export function loadStories(models: readonly Model[]): StoryFile[] {
  const catalogue = { modelIds: models.map((m) => m.id), scenarioIds: [...storyScenarios.keys()] };
  return Object.entries(storyJson)
    .map(([path, json]): StoryFile => {
      const file = fileName(path);
      const fallbackId = file.replace(/\.json$/, '');
      const result = validateStory(json, catalogue);
      return result.ok
        ? { file, id: result.story.id, ok: true, story: result.story }
        : { file, id: fallbackId, ok: false, issues: result.issues };
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'sv'));
}
