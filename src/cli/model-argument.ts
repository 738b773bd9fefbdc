// Resolves a model argument of the CLI: an id of a shipped model in models/ or a path to a JSON file,
// read and validated; an invalid or unreadable file becomes a CliInputError with every error listed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Model } from '@/domain/model-schema';
import { parseModelText } from '@/domain/parse-model';
import type { Issue } from '@/domain/validation-issue';
import type { Lang } from './cli-args';
import { CliInputError, type CliIo } from './cli-io';


export function modelPath(arg: string, io: CliIo): string {
  if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(arg)) {
    const shipped = path.join(io.modelsDir, `${arg}.json`);
    if (existsSync(shipped)) return shipped;
  }
  return arg;
}

export function formatIssue(issue: Issue, lang: Lang): string {
  const label = issue.severity === 'error' ? (lang === 'sv' ? 'fel' : 'error') : lang === 'sv' ? 'varning' : 'warning';
  const where = issue.path === '' ? '' : `${issue.path}: `;
  return `  ${label.padEnd(7)} ${where}${issue.message[lang]}`;
}

export function loadModelArgument(arg: string, io: CliIo): Model {
  const file = modelPath(arg, io);
  const text = io.readText(file);
  const result = parseModelText(text);
  if (!result.ok) {
    const sv = [`${file}: ogiltig modellfil (${result.errors.length} fel)`, ...result.errors.map((e) => formatIssue(e, 'sv'))];
    const en = [`${file}: invalid model file (${result.errors.length} errors)`, ...result.errors.map((e) => formatIssue(e, 'en'))];
    throw new CliInputError(sv.join('\n'), en.join('\n'), 1);
  }
  return result.model;
}
