// The undo history of the open draft kept across a reload of the tab (sessionStorage, so per tab and gone
// when the tab is closed). It is taken back only when it ends in exactly the content the draft opens
// with; otherwise (another tab saved, the draft was replaced) the history starts afresh — an undo must
// never step into content that is not this draft's past.
import type { Model } from '@/domain/model-schema';
import { startHistory, type EditHistory, type HistoryStep } from './edit-history';

const PREFIX = 'kommunmodell.history:';
/** Steps kept for a reload; the history in memory may hold more. */
const MAX_KEPT_STEPS = 200;

interface Kept {
  present: string;
  past: HistoryStep[];
  future: HistoryStep[];
}

function session(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function keepHistory(draftId: string, history: EditHistory<Model>): void {
  const store = session();
  if (!store) return;
  try {
    if (history.past.length === 0 && history.future.length === 0) {
      store.removeItem(PREFIX + draftId);
      return;
    }
    const kept: Kept = {
      present: JSON.stringify(history.present),
      past: history.past.slice(-MAX_KEPT_STEPS).map(({ patches, inverse }) => ({ patches, inverse, mergeKey: undefined })),
      future: history.future.slice(0, MAX_KEPT_STEPS).map(({ patches, inverse }) => ({ patches, inverse, mergeKey: undefined })),
    };
    store.setItem(PREFIX + draftId, JSON.stringify(kept));
  } catch {
    // A full sessionStorage only loses the undo steps, never the draft.
  }
}

/** The kept history of `draftId` when it ends in `model`; a fresh one otherwise. */
export function restoredHistory(draftId: string, model: Model): EditHistory<Model> {
  const store = session();
  try {
    const raw = store?.getItem(PREFIX + draftId);
    if (raw) {
      const kept = JSON.parse(raw) as Partial<Kept>;
      if (kept.present === JSON.stringify(model) && Array.isArray(kept.past) && Array.isArray(kept.future)) {
        const steps = (list: unknown[]) =>
          list.filter(
            (s): s is HistoryStep =>
              typeof s === 'object' && s !== null && Array.isArray((s as HistoryStep).patches) && Array.isArray((s as HistoryStep).inverse),
          );
        return { present: model, past: steps(kept.past), future: steps(kept.future) };
      }
    }
  } catch {
    // Unreadable: start afresh.
  }
  return startHistory(model);
}
