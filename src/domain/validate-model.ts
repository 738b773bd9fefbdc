// Validates a parsed model file: the shape (model-schema.ts) and the organisational rules
// (model-rules.ts), all problems at once, errors separate from warnings. A model is only handed out
// when there are no errors, so a broken file is never half-loaded. Never throws, whatever the input.
import { ModelSchema, type Model } from './model-schema';
import { checkModelRules } from './model-rules';
import { checkAgainstSchema } from './schema-issues';
import { errorIssue, type Issue } from './validation-issue';

export type ValidationResult =
  | { ok: true; model: Model; errors: []; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

/** More than this many errors are summarised, so that a pasted megabyte of junk stays readable. */
export const MAX_REPORTED_ISSUES = 200;

export function validateModel(input: unknown): ValidationResult {
  try {
    const shape = checkAgainstSchema(ModelSchema, input);
    // The rules run even when the shape is wrong, on whatever parts are readable.
    const rules = checkModelRules(input);
    const errors = [...(shape.ok ? [] : shape.issues), ...rules.errors];
    const warnings = capIssues(rules.warnings);
    if (shape.ok && errors.length === 0) return { ok: true, model: shape.output, errors: [], warnings };
    return { ok: false, errors: capIssues(errors), warnings };
  } catch {
    // Defence in depth: the checks are written not to throw; if one does, report it rather than crash.
    return { ok: false, errors: [internalErrorIssue()], warnings: [] };
  }
}

export function capIssues(issues: Issue[]): Issue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  const kept = issues.slice(0, MAX_REPORTED_ISSUES);
  const rest = issues.length - kept.length;
  const severity = kept[0]?.severity ?? 'error';
  kept.push({
    severity,
    path: '',
    code: 'issues.truncated',
    message: {
      sv: `… och ${rest} till av samma slag. Rätta de första och kontrollera igen.`,
      en: `… and ${rest} more like these. Fix the first ones and check again.`,
    },
  });
  return kept;
}

export function internalErrorIssue(): Issue {
  return errorIssue('', 'internal', {
    sv: 'Filen kunde inte kontrolleras på grund av ett fel i verktyget. Inget har laddats.',
    en: 'The file could not be checked because of a fault in the tool. Nothing was loaded.',
  });
}
