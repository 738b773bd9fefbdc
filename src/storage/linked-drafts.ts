// Drafts carried in a Compare or Simulate link, so that a link pasted into the minutes opens the same view
// anywhere: `models=ange-today,ny-organisation-lq3x&drafts=<sealed share content>`, where the content is
// the drafts' models, packed and sealed by share-link.ts (a changed link is refused, never half-read).
// In the browser that made the link the live draft wins over the copy in the link, so editing a draft
// updates every view that shows it (the views re-read when a tab saves); elsewhere the link's copy is
// used. Only a model that passes validation is offered to a view; an id that a shipped model already has
// is never taken over by a draft.
import { useEffect, useMemo, useState } from 'react';
import type { Model, Text } from '@/domain/model-schema';
import { validateModel } from '@/domain/validate-model';
import type { LoadedModel } from '@/data/loaded-model';
import { browserDraftChannel } from './draft-channel';
import { listDrafts, loadDraft } from './draft-store';
import { browserStorage } from './idb-storage';
import { decodeShareContent, encodeShareContent, shareProblemText, type ShareEncoding } from './share-link';

export const DRAFTS_PARAM = 'drafts';
const LINKED_FORMAT = 'kommunmodell.linked-drafts';
/** Most drafts one link carries (Compare shows three models, Simulate four). */
export const MAX_LINKED_DRAFTS = 4;

/** The `drafts` parameter for these (valid) draft models. */
export function encodeLinkedDrafts(models: readonly Model[]): ShareEncoding {
  return encodeShareContent({ format: LINKED_FORMAT, models: models.slice(0, MAX_LINKED_DRAFTS) });
}

function paramOf(search: string, name: string): string | undefined {
  for (const part of search.replace(/^\?/, '').split('&')) {
    const at = part.indexOf('=');
    // The packed text uses lz-string's URL-safe alphabet; it is taken raw (a `+` must stay a `+`).
    if (at > 0 && part.slice(0, at) === name) return part.slice(at + 1);
  }
  return undefined;
}

export interface LinkedDrafts {
  models: Model[];
  /** Why the drafts in the link could not be read (the view says so; the rest of the link still works). */
  problem?: Text;
}

const cache = new Map<string, LinkedDrafts>();

/** The valid draft models a link carries, or why none could be read. Never throws. */
export function readLinkedDrafts(search: string): LinkedDrafts {
  const param = paramOf(search, DRAFTS_PARAM);
  if (param === undefined || param === '') return { models: [] };
  const cached = cache.get(param);
  if (cached) return cached;
  const decoded = decodeShareContent(param);
  let result: LinkedDrafts;
  if (!decoded.ok) {
    result = { models: [], problem: shareProblemText(decoded.problem) };
  } else {
    const content = decoded.content as { format?: unknown; models?: unknown };
    const list = content && content.format === LINKED_FORMAT && Array.isArray(content.models) ? content.models.slice(0, MAX_LINKED_DRAFTS) : undefined;
    if (!list) {
      result = { models: [], problem: { sv: 'Länkens utkast går inte att läsa.', en: 'The drafts in the link cannot be read.' } };
    } else {
      const models = list.flatMap((value: unknown) => {
        const validation = validateModel(value);
        return validation.ok ? [validation.model] : [];
      });
      result =
        models.length === list.length
          ? { models }
          : {
              models,
              problem: {
                sv: `${list.length - models.length} av länkens utkast har fel och visas inte.`,
                en: `${list.length - models.length} of the link's drafts have errors and are not shown.`,
              },
            };
    }
  }
  if (cache.size > 20) cache.clear();
  cache.set(param, result);
  return result;
}

/** `to` with the current link's drafts kept, when `to` is a view link naming any of them without its own. */
export function keepLinkedDrafts(to: string, currentSearch: string): string {
  const param = paramOf(currentSearch, DRAFTS_PARAM);
  const query = to.indexOf('?');
  if (param === undefined || query === -1 || paramOf(to.slice(query + 1), DRAFTS_PARAM) !== undefined) return to;
  const named = (paramOf(to.slice(query + 1), 'models') ?? '').split(',');
  const linked = readLinkedDrafts(currentSearch).models.map((m) => m.id);
  return linked.some((id) => named.includes(id)) ? `${to}&${DRAFTS_PARAM}=${param}` : to;
}

const DRAFT_LABEL: Text = { sv: 'Utkast', en: 'Draft' };

/** A draft as the views name it: "Utkast: …", so it is never mistaken for the shipped model it came from. */
function labelled(model: Model): Model {
  const sv = model.name.sv.startsWith(`${DRAFT_LABEL.sv}: `) ? model.name.sv : `${DRAFT_LABEL.sv}: ${model.name.sv}`;
  const en = model.name.en.startsWith(`${DRAFT_LABEL.en}: `) ? model.name.en : `${DRAFT_LABEL.en}: ${model.name.en}`;
  return { ...model, name: { sv, en } };
}

/** Every valid draft model kept in this browser, by model id; re-read when a tab saves or deletes one. */
function useStoredDraftModels(enabled: boolean): ReadonlyMap<string, Model> {
  const [models, setModels] = useState<ReadonlyMap<string, Model>>(new Map());
  useEffect(() => {
    const storage = browserStorage();
    if (!enabled || !storage) return;
    let live = true;
    const read = async () => {
      try {
        const now = new Date();
        const listing = await listDrafts(storage, now);
        const found = new Map<string, Model>();
        for (const summary of listing.drafts) {
          const loaded = await loadDraft(storage, summary.id, now);
          if (!loaded.ok || found.has(loaded.record.model.id)) continue;
          if (validateModel(loaded.record.model).ok) found.set(loaded.record.model.id, loaded.record.model);
        }
        if (live) setModels(found);
      } catch {
        // Storage unavailable: the link's copies are used.
      }
    };
    void read();
    const stop = browserDraftChannel().listen(() => void read());
    return () => {
      live = false;
      stop();
    };
  }, [enabled]);
  return models;
}

/**
 * The models a view may show: `models` (shipped and published) followed by the drafts the link carries —
 * each replaced by the same draft as kept in this browser when it is there and valid — and the drafts of
 * this browser that the link names by id without carrying them.
 */
export function useModelsWithLinkedDrafts(models: readonly LoadedModel[], search: string): { models: readonly LoadedModel[]; problem?: Text } {
  const linked = readLinkedDrafts(search);
  const named = (paramOf(search, 'models') ?? '').split(',').filter(Boolean);
  const known = useMemo(() => new Set(models.flatMap((m) => (m.result.ok ? [m.result.model.id] : []))), [models]);
  const wantsStored = linked.models.length > 0 || named.some((id) => !known.has(id));
  const stored = useStoredDraftModels(wantsStored);
  return useMemo(() => {
    const linked = readLinkedDrafts(search);
    const named = (paramOf(search, 'models') ?? '').split(',').filter(Boolean);
    const extra: Model[] = [];
    const add = (model: Model) => {
      if (!known.has(model.id) && !extra.some((m) => m.id === model.id)) extra.push(stored.get(model.id) ?? model);
    };
    linked.models.forEach(add);
    for (const id of named) {
      const own = stored.get(id);
      if (own) add(own);
    }
    const loaded: LoadedModel[] = extra.map((model) => ({ file: `${model.id}.json`, result: validateModel(labelled(model)) }));
    return { models: loaded.length === 0 ? models : [...models, ...loaded], ...(linked.problem ? { problem: linked.problem } : {}) };
  }, [search, models, stored, known]);
}
