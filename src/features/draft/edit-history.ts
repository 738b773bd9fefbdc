// Undo and redo over the edits of one value (the draft model). Each step keeps immer's patches that redo
// it and the inverse patches that undo it, so the history costs the size of the changes, not copies of
// the model. Pure: every function returns a new history and leaves the one it was given untouched.
//
// Typing in one field makes one step per keystroke; edits that carry the same `mergeKey` as the step
// before (the field's path and its focus session) are merged into that step, so one undo takes back
// the whole word, as in a text editor.
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Objectish, type Patch } from 'immer';

enablePatches();

export interface HistoryStep {
  patches: readonly Patch[];
  inverse: readonly Patch[];
  mergeKey: string | undefined;
  /** The field the step was typed in (the merge key without its focus session), kept after the session. */
  fieldPath?: string;
}

/** `bodies[2].name.sv@7` → `bodies[2].name.sv`. */
function fieldOf(mergeKey: string | undefined): { fieldPath?: string } {
  if (mergeKey === undefined) return {};
  const at = mergeKey.lastIndexOf('@');
  return { fieldPath: at === -1 ? mergeKey : mergeKey.slice(0, at) };
}

export interface EditHistory<T> {
  present: T;
  past: readonly HistoryStep[];
  future: readonly HistoryStep[];
}

/** Older steps are forgotten beyond this many; the draft itself is saved, so nothing else is lost. */
export const MAX_UNDO_STEPS = 500;

export function startHistory<T>(value: T): EditHistory<T> {
  return { present: value, past: [], future: [] };
}

/** Applies `recipe` to the present value. An edit that changes nothing adds no step. */
export function applyEdit<T extends Objectish>(
  history: EditHistory<T>,
  recipe: (draft: Draft<T>) => void,
  mergeKey?: string,
): EditHistory<T> {
  const [present, patches, inverse] = produceWithPatches(history.present, recipe);
  if (patches.length === 0) return history;
  const last = history.past[history.past.length - 1];
  if (mergeKey !== undefined && last?.mergeKey === mergeKey && history.future.length === 0) {
    // Redo runs the earlier patches first; undo runs the newer inverse patches first.
    const merged: HistoryStep = { patches: [...last.patches, ...patches], inverse: [...inverse, ...last.inverse], mergeKey, ...fieldOf(mergeKey) };
    return { present, past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const past = [...history.past, { patches, inverse, mergeKey, ...fieldOf(mergeKey) }];
  return { present, past: past.length > MAX_UNDO_STEPS ? past.slice(past.length - MAX_UNDO_STEPS) : past, future: [] };
}

export function canUndo(history: EditHistory<unknown>): boolean {
  return history.past.length > 0;
}

export function canRedo(history: EditHistory<unknown>): boolean {
  return history.future.length > 0;
}

/** Takes back the latest step; with nothing to undo the history is returned as it is. */
export function undo<T extends Objectish>(history: EditHistory<T>): EditHistory<T> {
  const step = history.past[history.past.length - 1];
  if (!step) return history;
  return {
    present: applyPatches(history.present, step.inverse),
    past: history.past.slice(0, -1),
    // A redone step never merges with a later edit: its focus session is over.
    future: [{ ...step, mergeKey: undefined }, ...history.future],
  };
}

/** Does again the step undone last; with nothing to redo the history is returned as it is. */
export function redo<T extends Objectish>(history: EditHistory<T>): EditHistory<T> {
  const [step, ...future] = history.future;
  if (!step) return history;
  return { present: applyPatches(history.present, step.patches), past: [...history.past, step], future };
}
