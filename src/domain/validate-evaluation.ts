// Validates a KommunKompassen profile (a file in models/evaluations/, an upload, or the editor's draft):
// the shape (evaluation-schema.ts) and the rules between its parts (evaluation-rules.ts), all problems at
// once with their paths, in Swedish and English, errors apart from warnings. The same standard as model
// files: unknown and duplicated keys are named, oversized text is refused unread, and nothing throws.
import { EvaluationSchema, type Evaluation } from './evaluation-schema';
import { checkEvaluationRules } from './evaluation-rules';
import { readJsonText, type JsonFileKind } from './read-json-text';
import { checkAgainstSchema } from './schema-issues';
import { capIssues, internalErrorIssue } from './validate-model';
import type { Issue } from './validation-issue';

export type EvaluationValidation =
  | { ok: true; evaluation: Evaluation; errors: []; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

/** 1 MB: a profile is a few kilobytes (Vännäs 2016 with every sub-question and quote is about 20 kB). */
export const MAX_EVALUATION_FILE_BYTES = 1024 * 1024;

const EVALUATION_FILE: JsonFileKind = {
  maxBytes: MAX_EVALUATION_FILE_BYTES,
  name: { sv: 'en utvärderingsprofil', en: 'an evaluation profile' },
};

export function validateEvaluation(input: unknown): EvaluationValidation {
  try {
    const shape = checkAgainstSchema(EvaluationSchema, input);
    const rules = checkEvaluationRules(input);
    const errors = [...(shape.ok ? [] : shape.issues), ...rules.errors];
    const warnings = capIssues(rules.warnings);
    if (shape.ok && errors.length === 0) return { ok: true, evaluation: shape.output, errors: [], warnings };
    return { ok: false, errors: capIssues(errors), warnings };
  } catch {
    return { ok: false, errors: [internalErrorIssue()], warnings: [] };
  }
}

/** The text of a profile file, read and validated; syntax errors come with line and column. */
export function parseEvaluationText(text: string): EvaluationValidation {
  try {
    const reading = readJsonText(text, EVALUATION_FILE);
    if (!reading.ok) return { ok: false, errors: reading.errors, warnings: [] };
    const result = validateEvaluation(reading.value);
    if (reading.duplicateIssues.length === 0) return result;
    return { ok: false, errors: capIssues([...reading.duplicateIssues, ...result.errors]), warnings: result.warnings };
  } catch {
    return { ok: false, errors: [internalErrorIssue()], warnings: [] };
  }
}
