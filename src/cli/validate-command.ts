// `validate <file…>`: every error and warning of each file at once; exit 0 when all are valid,
// 1 when any is invalid, 2 when any cannot be read (missing, not a file, over 5 MB). A KommunKompassen
// profile (models/evaluations/, `"framework": "kommunkompassen"`) is checked as a profile. A JSON Schema
// file (`"$schema"` naming json-schema.org, such as models/model.schema.json, which `models/*.json` also
// matches) describes files rather than being one: it is named and skipped, and does not change the exit code.
import { parseModelText } from '@/domain/parse-model';
import { parseEvaluationText } from '@/domain/validate-evaluation';
import { CliInputError, type CliIo } from './cli-io';
import type { ParsedArgs } from './cli-args';
import { formatIssue } from './model-argument';

/** A JSON Schema document: a top-level `"$schema"` that names json-schema.org (a model file names its schema file). */
export function isJsonSchemaText(text: string): boolean {
  if (!/"\$schema"\s*:\s*"https?:\/\/json-schema\.org\//.test(text.slice(0, 4000))) return false;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const schema = (value as Record<string, unknown>)['$schema'];
    return typeof schema === 'string' && /^https?:\/\/json-schema\.org\//.test(schema);
  } catch {
    return false;
  }
}

export function runValidateCommand({ positionals, lang }: ParsedArgs, io: CliIo): number {
  if (positionals.length === 0) {
    throw new CliInputError('Ange minst en modellfil: validate <fil…>', 'Give at least one model file: validate <file…>');
  }
  let exitCode = 0;
  for (const file of positionals) {
    let text: string;
    try {
      text = io.readText(file);
    } catch (error) {
      if (!(error instanceof CliInputError)) throw error;
      io.err(lang === 'sv' ? error.sv : error.en);
      exitCode = Math.max(exitCode, 2);
      continue;
    }
    if (isJsonSchemaText(text)) {
      io.out(
        lang === 'sv'
          ? `${file}: ett JSON Schema (det beskriver filer men är ingen modell); hoppas över`
          : `${file}: a JSON Schema (it describes files but is not a model); skipped`,
      );
      continue;
    }
    const result = /"framework"\s*:\s*"kommunkompassen"/.test(text.slice(0, 4000)) ? parseEvaluationText(text) : parseModelText(text);
    const errors = result.errors.length;
    const warnings = result.warnings.length;
    const summary =
      lang === 'sv'
        ? `${file}: ${result.ok ? 'giltig' : 'ogiltig'} (${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'})`
        : `${file}: ${result.ok ? 'valid' : 'invalid'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`;
    const lines = [summary, ...result.errors.map((i) => formatIssue(i, lang)), ...result.warnings.map((i) => formatIssue(i, lang))];
    io.out(lines.join('\n'));
    if (!result.ok) exitCode = Math.max(exitCode, 1);
  }
  return exitCode;
}
