// What every form in the Draft view needs, given once by the page: the model being edited, a way to edit
// it (through the undo history), and the validation issues for any path in it.
import { createContext, useContext } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Issue } from '@/domain/validation-issue';
import type { FieldPath, ModelRecipe } from './model-edits';

export interface DraftEditing {
  model: Model;
  /** Edits with the same `mergeKey` one after another become one undo step (typing in one field). */
  edit(recipe: ModelRecipe, mergeKey?: string): void;
  issuesAt(path: FieldPath): readonly Issue[];
  /** Errors and warnings at `path` and anywhere inside it (for a folded section's summary). */
  countUnder(path: FieldPath): { errors: number; warnings: number };
  /** Items just added, whose sections start open (keys like `bodies:ks`). */
  isNew(key: string): boolean;
  /** Marks an item as just added, so its section opens. */
  markNew(key: string): void;
  /** Says something to screen-reader users (and shows it) in the view's status line. */
  announce(message: string): void;
}

export const DraftEditingContext = createContext<DraftEditing | null>(null);

export function useDraftEditing(): DraftEditing {
  const context = useContext(DraftEditingContext);
  if (!context) throw new Error('useDraftEditing outside the Draft view');
  return context;
}
