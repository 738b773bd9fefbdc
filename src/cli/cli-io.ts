// The CLI's contact with the outside world, passed in so tests can run commands without a process:
// output streams, file reading with the size limit, and where the shipped models live.
import { readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a text file; throws CliInputError with a bilingual message when it can't. */
  readText(filePath: string): string;
  /** Folder of the shipped model files (models/). */
  modelsDir: string;
  /** Writes a file (`proposal --out`); node:fs writeFileSync when not given. */
  writeBytes?(filePath: string, bytes: Uint8Array): void;
}

/** A problem with the user's input: printed as a message, never as a stack trace. */
export class CliInputError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
    readonly exitCode = 2,
  ) {
    super(en);
  }
}

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** What a path is when it is not a regular file, in words (Swedish, English). */
function notAFile(stat: Stats): { sv: string; en: string } | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return { sv: 'är en mapp, inte en fil', en: 'is a folder, not a file' };
  if (stat.isFIFO()) return { sv: 'är en namngiven rörledning (FIFO), inte en vanlig fil', en: 'is a named pipe (FIFO), not a regular file' };
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return { sv: 'är en enhetsfil, inte en vanlig fil', en: 'is a device, not a regular file' };
  if (stat.isSocket()) return { sv: 'är en socket, inte en vanlig fil', en: 'is a socket, not a regular file' };
  return { sv: 'är ingen vanlig fil', en: 'is not a regular file' };
}

function statProblem(error: unknown): { sv: string; en: string } {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return { sv: 'finns inte', en: 'does not exist' };
    case 'ELOOP':
      return { sv: 'är en symbolisk länk i en slinga (den pekar till slut på sig själv)', en: 'is a symbolic link in a loop (it ends up pointing at itself)' };
    case 'EACCES':
    case 'EPERM':
      return { sv: 'får inte läsas (saknar läsrättighet)', en: 'may not be read (no read permission)' };
    case 'ENOTDIR':
      return { sv: 'finns inte (en del av sökvägen är ingen mapp)', en: 'does not exist (part of the path is not a folder)' };
    case 'ENAMETOOLONG':
      return { sv: 'har för långt namn', en: 'has too long a name' };
    default:
      return { sv: `kan inte läsas (${code || 'okänt fel'})`, en: `cannot be read (${code || 'unknown error'})` };
  }
}

/**
 * Reads a regular file of at most 5 MB as UTF-8. Anything else — missing, a folder, a FIFO, a device such
 * as /dev/zero, a symbolic-link loop, too large, not readable — is refused before reading, by name.
 */
export function readTextFile(filePath: string): string {
  const shown = printable(filePath.length > 200 ? `${filePath.slice(0, 200)}…` : filePath);
  const refuse = (why: { sv: string; en: string }): never => {
    throw new CliInputError(`Sökvägen ${shown} ${why.sv}.`, `The path ${shown} ${why.en}.`);
  };
  let stat: Stats;
  try {
    stat = statSync(filePath);
  } catch (error) {
    return refuse(statProblem(error));
  }
  const kind = notAFile(stat);
  if (kind) return refuse(kind);
  if (stat.size > MAX_INPUT_BYTES) {
    throw new CliInputError(
      `Filen ${shown} är ${(stat.size / 1024 / 1024).toFixed(1)} MB; största tillåtna storlek är 5 MB. Den har inte lästs.`,
      `The file ${shown} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; the largest allowed size is 5 MB. It has not been read.`,
    );
  }
  try {
    return readFileSync(filePath, 'utf8');
  } catch (error) {
    return refuse(statProblem(error));
  }
}

/**
 * Text safe to print on a terminal: control characters (ESC, BEL, C1 controls such as CSI, DEL) and
 * bidirectional overrides are written as \u escapes, so a name in a model cannot clear the screen,
 * move the cursor or reverse text. Newlines and tabs stay. Inside JSON strings the escape means the same.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    readText: readTextFile,
    modelsDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../models'),
  };
}
