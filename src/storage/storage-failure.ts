// Why a write to the browser's storage failed, in words a user can act on. A full disk
// (QuotaExceededError, also when it comes as the reason an IndexedDB transaction was aborted) is named as
// such; anything else keeps the browser's own name and message, and is never shown as an empty "()".
import type { Text } from '@/domain/model-schema';

export type StorageFailure = { kind: 'quota' } | { kind: 'closed' } | { kind: 'other'; detail: string };

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
}

/** Classifies what a storage call threw. */
export function storageFailureOf(error: unknown): StorageFailure {
  const name = nameOf(error);
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error ?? '');
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(message)) return { kind: 'quota' };
  if (name === 'InvalidStateError' || name === 'StorageClosedError') return { kind: 'closed' };
  const detail = [name, message].filter((part) => part.trim() !== '' && part !== 'Error').join(': ').slice(0, 200);
  return { kind: 'other', detail: detail || 'unknown' };
}

export function isQuotaFailure(error: unknown): boolean {
  return storageFailureOf(error).kind === 'quota';
}

/** The reason, as the end of a sentence "… could not be saved in the browser: <reason>". */
export function storageFailureText(failure: StorageFailure): Text {
  switch (failure.kind) {
    case 'quota':
      return {
        sv: 'webbläsarens lagring är full',
        en: "the browser's storage is full",
      };
    case 'closed':
      return {
        sv: 'lagringen stängdes av webbläsaren eller av en annan flik',
        en: 'the storage was closed by the browser or by another tab',
      };
    case 'other':
      return {
        sv: failure.detail === 'unknown' ? 'webbläsaren angav inget skäl' : `webbläsaren svarade ”${failure.detail}”`,
        en: failure.detail === 'unknown' ? 'the browser gave no reason' : `the browser answered “${failure.detail}”`,
      };
  }
}
