// Saving a file the page made itself: an object URL on a Blob and a click on a temporary link with the
// `download` attribute. Nothing leaves the machine; the CSP allows blob: URLs.
import { toCsv, type CsvCell, type CsvFormat } from './csv';

/** How long an object URL is kept for the browser to finish reading it. */
const REVOKE_AFTER_MS = 60_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function downloadCsv(rows: readonly (readonly CsvCell[])[], format: CsvFormat, fileName: string): void {
  downloadBlob(new Blob([toCsv(rows, format)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A portable file name from parts: lowercase ASCII letters, digits and hyphens (å, ä → a; ö → o). */
export function fileNameOf(parts: readonly string[], extension: string): string {
  const base = parts
    .join('-')
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${base || 'kommunmodell'}.${extension}`;
}
