// The CLI's contact with the outside world, passed in so tests can run commands without a process:
// output streams, file reading with the size limit, and where the shipped models live.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a text file; throws CliInputError with a bilingual message when it can't. */
  readText(filePath: string): string;
  /** Folder of the shipped model files (models/). */
  modelsDir: string;
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

export function readTextFile(filePath: string): string {
  let size: number;
  try {
    const stat = statSync(filePath);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new CliInputError(`Kan inte läsa filen ${filePath}.`, `Cannot read the file ${filePath}.`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new CliInputError(
      `Filen ${filePath} är ${(size / 1024 / 1024).toFixed(1)} MB; största tillåtna storlek är 5 MB.`,
      `The file ${filePath} is ${(size / 1024 / 1024).toFixed(1)} MB; the largest allowed size is 5 MB.`,
    );
  }
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    throw new CliInputError(`Kan inte läsa filen ${filePath}.`, `Cannot read the file ${filePath}.`);
  }
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    readText: readTextFile,
    modelsDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../models'),
  };
}
