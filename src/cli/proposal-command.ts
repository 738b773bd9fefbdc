// `proposal <model-or-draft> [--format docx|pdf|md] [--out FILE]`: the officials' proposal (DESIGN §11)
// from a shipped model or a draft saved as a file, made by the same builder as the Draft view
// (domain/proposal-builder.ts) and written by the same writers: Word (.docx), A4 PDF with page numbers,
// or Markdown. Today's organisation to compare with is `--today` (by default the shipped "<x>-today" model
// of the same municipality); the simulated budget process runs the same paired years as the Draft view.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Model } from '@/domain/model-schema';
import { buildProposal } from '@/domain/proposal-builder';
import type { BudgetConsequences } from '@/domain/proposal-document';
import { nextTermStart } from '@/domain/reorganisation-timetable';
import { loadScenario } from '@/simulation/load-scenario';
import { runPairedConsequences } from '@/simulation/paired-consequences';
import { integerOption, type ParsedArgs } from './cli-args';
import { CliInputError, printable, type CliIo } from './cli-io';
import { loadModelArgument } from './model-argument';
import { woffToSfnt } from './woff-font';

const FORMATS = ['docx', 'pdf', 'md'] as const;
type Format = (typeof FORMATS)[number];

/** Paired simulated years for the budget section, as in the Draft view. */
export const PROPOSAL_RUNS = 200;
const MAX_PROPOSAL_RUNS = 10_000;

const USAGE = {
  sv: 'Användning: proposal <modell eller utkastfil> [--format docx|pdf|md] [--out FIL] [--today modell] [--title text] [--term-start ÅÅÅÅ-01-01] [--runs N] [--lang en]',
  en: 'Usage: proposal <model or draft file> [--format docx|pdf|md] [--out FILE] [--today model] [--title text] [--term-start YYYY-01-01] [--runs N] [--lang en]',
};

function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

function formatOf(value: unknown, out: string | undefined): Format {
  if (value === undefined) {
    const ext = out === undefined ? '' : path.extname(out).slice(1).toLowerCase();
    return (FORMATS as readonly string[]).includes(ext) ? (ext as Format) : 'md';
  }
  if (typeof value === 'string' && (FORMATS as readonly string[]).includes(value)) return value as Format;
  const shown = printable(JSON.stringify(String(value).slice(0, 40)));
  throw new CliInputError(
    `Okänt format ${shown}: --format ska vara docx, pdf eller md.\n\n${USAGE.sv}`,
    `Unknown format ${shown}: --format must be docx, pdf or md.\n\n${USAGE.en}`,
  );
}

function termStartOf(value: unknown, date: string): string {
  if (value === undefined) return nextTermStart(date);
  if (typeof value === 'string' && /^\d{4}-01-01$/.test(value)) return value;
  const shown = printable(JSON.stringify(String(value).slice(0, 40)));
  throw new CliInputError(
    `--term-start ska vara den 1 januari ett år, som 2031-01-01, inte ${shown}.`,
    `--term-start must be 1 January of a year, such as 2031-01-01, not ${shown}.`,
  );
}

/** Today's organisation: --today, else the shipped "<x>-today" model of the same municipality (not itself). */
function todayOf(model: Model, given: unknown, io: CliIo): Model | undefined {
  if (typeof given === 'string') return loadModelArgument(given, io);
  const slug = model.municipality
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-');
  const id = `${slug}-today`;
  if (model.id === id) return undefined;
  try {
    return loadModelArgument(id, io);
  } catch {
    return undefined;
  }
}

function budgetOf(model: Model, today: Model | undefined, runs: number, io: CliIo): BudgetConsequences | undefined {
  if (!today || runs === 0) return undefined;
  const loaded = loadScenario('baseline', io.readText, path.join(io.modelsDir, 'scenarios'));
  return loaded.ok ? runPairedConsequences(model, today, loaded.scenario, runs) : undefined;
}

/** DejaVu Sans (regular, bold, italic) from @fontsource/dejavu-sans, for the PDF. */
function dejavuFonts() {
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('@fontsource/dejavu-sans/LICENSE')), 'files');
  const read = (file: string) => woffToSfnt(new Uint8Array(readFileSync(path.join(dir, `dejavu-sans-latin-${file}.woff`))));
  return { regular: read('400-normal'), bold: read('700-normal'), italic: read('400-italic') };
}

export async function runProposalCommand({ positionals, values, lang }: ParsedArgs, io: CliIo): Promise<number> {
  const [arg] = positionals;
  if (arg === undefined || positionals.length > 1) {
    throw new CliInputError(`Ange en modell eller en utkastfil.\n\n${USAGE.sv}`, `Give one model or draft file.\n\n${USAGE.en}`);
  }
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (values.out !== undefined && (out === undefined || out === '')) {
    throw new CliInputError('--out ska vara ett filnamn.', '--out must be a file name.');
  }
  const format = formatOf(values.format, out);
  const date = isoToday();
  const termStart = termStartOf(values['term-start'], date);
  const runs = integerOption(values.runs, 'runs', PROPOSAL_RUNS, MAX_PROPOSAL_RUNS);
  const model = loadModelArgument(arg, io);
  const today = todayOf(model, values.today, io);
  const title = typeof values.title === 'string' ? values.title.slice(0, 200) : '';
  const budget = budgetOf(model, today, runs, io);
  const doc = buildProposal({ model, lang, title, date, termStart, ...(today ? { today } : {}), ...(budget ? { budget } : {}) });

  let bytes: Uint8Array;
  if (format === 'md') {
    const { proposalMarkdown } = await import('@/domain/proposal-markdown');
    const text = proposalMarkdown(doc);
    if (out === undefined) {
      io.out(text);
      return 0;
    }
    bytes = new TextEncoder().encode(text);
  } else if (format === 'docx') {
    const { proposalDocx } = await import('@/domain/proposal-docx');
    bytes = await proposalDocx(doc);
  } else {
    const { proposalPdf } = await import('@/domain/proposal-pdf');
    bytes = await proposalPdf(doc, dejavuFonts());
  }
  const file = out ?? `kommunmodell-${model.id}-forslag.${format}`;
  const shown = printable(file.length > 200 ? `${file.slice(0, 200)}…` : file);
  try {
    (io.writeBytes ?? writeFileSync)(file, bytes);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
    throw new CliInputError(
      `Kan inte skriva ${shown} (${code === 'ENOENT' ? 'mappen finns inte' : code === 'EACCES' ? 'saknar skrivrättighet' : code === 'EISDIR' ? 'är en mapp' : code || 'okänt fel'}).`,
      `Cannot write ${shown} (${code === 'ENOENT' ? 'the folder does not exist' : code === 'EACCES' ? 'no write permission' : code === 'EISDIR' ? 'is a folder' : code || 'unknown error'}).`,
    );
  }
  const examples = doc.exampleCount;
  io.err(
    lang === 'sv'
      ? `Skrev ${shown} (${format}, ${examples} exempelvärden märkta${today ? `, jämfört med ${today.name.sv}` : ', ingen dagens organisation att jämföra med: ange --today'}).`
      : `Wrote ${shown} (${format}, ${examples} example values marked${today ? `, compared with ${today.name.en}` : ', no present organisation to compare with: give --today'}).`,
  );
  return 0;
}
