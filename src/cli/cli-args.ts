// Parsing of the CLI's options: one option table for every command, bilingual errors for bad options.
import { parseArgs } from 'node:util';
import { CliInputError } from './cli-io';

export type Lang = 'sv' | 'en';

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  lang: Lang;
}

const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  seed: { type: 'string' },
  runs: { type: 'string' },
  scenario: { type: 'string' },
  set: { type: 'string', multiple: true },
  council: { type: 'string' },
  cooperation: { type: 'string' },
  size: { type: 'string' },
  samples: { type: 'string' },
  years: { type: 'string' },
  fix: { type: 'string' },
  range: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  today: { type: 'string' },
  title: { type: 'string' },
  'term-start': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function langOf(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  return at >= 0 && argv[at + 1] === 'en' ? 'en' : argv.includes('--lang=en') ? 'en' : 'sv';
}

/** Options that take a whole number. */
const NUMBER_OPTIONS = new Set(['--seed', '--runs', '--size', '--samples', '--years']);

export function parseCliArgs(argv: readonly string[], usage: { sv: string; en: string }): ParsedArgs {
  const lang = langOf(argv);
  // `--runs -5` would read as an unknown option "-5"; joined as `--runs=-5` it reaches integerOption,
  // which names the option and its real range like any other bad number.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    if (NUMBER_OPTIONS.has(arg) && next !== undefined && /^-\d/.test(next)) {
      args.push(`${arg}=${next}`);
      i++;
    } else args.push(arg);
  }
  try {
    const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
    if (values.lang !== undefined && values.lang !== 'sv' && values.lang !== 'en') {
      throw new CliInputError('--lang ska vara sv eller en.', '--lang must be sv or en.');
    }
    return { positionals, values, lang };
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliInputError(`Okänd eller felaktig flagga: ${detail}\n\n${usage.sv}`, `Unknown or malformed option: ${detail}\n\n${usage.en}`);
  }
}

/**
 * Parses a whole integer option in [min, max], or throws one bilingual message naming the option and the
 * real range (the same message for "-5", "abc", "0" below a minimum of 1, or a number too large).
 */
export function integerOption(
  value: string | boolean | string[] | undefined,
  name: string,
  fallback: number,
  max = 4_294_967_295,
  min = 0,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value) || Number(value) > max || Number(value) < min) {
    const shown = JSON.stringify(typeof value === 'string' ? value.slice(0, 40) : value);
    throw new CliInputError(
      `--${name} ska vara ett heltal mellan ${min} och ${max}, inte ${shown}.`,
      `--${name} must be a whole number from ${min} to ${max}, not ${shown}.`,
    );
  }
  return Number(value);
}

