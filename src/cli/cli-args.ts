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
  help: { type: 'boolean', short: 'h' },
} as const;

export function langOf(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  return at >= 0 && argv[at + 1] === 'en' ? 'en' : argv.includes('--lang=en') ? 'en' : 'sv';
}

export function parseCliArgs(argv: readonly string[], usage: { sv: string; en: string }): ParsedArgs {
  const lang = langOf(argv);
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
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

/** Parses a whole non-negative integer option, or throws a bilingual input error naming the option. */
export function integerOption(value: string | boolean | string[] | undefined, name: string, fallback: number, max = 4_294_967_295): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value) || Number(value) > max) {
    throw new CliInputError(
      `--${name} ska vara ett heltal mellan 0 och ${max}, inte ${JSON.stringify(value)}.`,
      `--${name} must be a whole number from 0 to ${max}, not ${JSON.stringify(value)}.`,
    );
  }
  return Number(value);
}

