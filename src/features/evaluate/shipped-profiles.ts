// The KommunKompassen profiles shipped in models/evaluations/, validated once when the Evaluate view first
// loads. Imported only by this view, so the files travel in its own chunk, not in the first page load.
// A file that fails validation is listed with its errors and never shown.
import { validateEvaluation, type EvaluationValidation } from '@/domain/validate-evaluation';

export interface LoadedEvaluation {
  file: string;
  result: EvaluationValidation;
}

const files = import.meta.glob<unknown>(['../../../models/evaluations/*.json', '!../../../models/evaluations/*.schema.json'], {
  eager: true,
  import: 'default',
});

export const shippedEvaluations: readonly LoadedEvaluation[] = Object.entries(files)
  .map(([file, json]) => ({ file: file.replace(/^.*\//, ''), result: validateEvaluation(json) }))
  .sort((a, b) => a.file.localeCompare(b.file, 'sv'));
