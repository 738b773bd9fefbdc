// The one interface every stored thing goes through: a key–value storage with an atomic read-and-write
// (`update`), so a save can check the revision it started from without another tab writing in between.
// The browser's is IndexedDB (idb-storage.ts); tests and browsers without IndexedDB use `memoryStorage`,
// which can also be told to behave like a full disk.

export interface KeyValueStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /**
   * Reads `key` and, in the same transaction, writes what `change` returns as `write` (or deletes it when
   * `remove` is set; leaves it as it is when neither is given). Resolves with `result` once written.
   */
  update<T>(key: string, change: (current: unknown) => UpdateStep<T>): Promise<T>;
  /** Removes every key. */
  clear(): Promise<void>;
}

export type UpdateStep<T> = { result: T; write?: unknown; remove?: boolean };

export interface MemoryStorage extends KeyValueStorage {
  entries: Map<string, unknown>;
  /** When set, every write fails as a full disk does (a QuotaExceededError). */
  full: boolean;
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Storage that lasts as long as the page: used when the browser keeps no IndexedDB, and in tests. */
export function memoryStorage(initial: Iterable<[string, unknown]> = []): MemoryStorage {
  const entries = new Map<string, unknown>(initial);
  const storage: MemoryStorage = {
    entries,
    full: false,
    get: async (key) => (entries.has(key) ? structuredClone(entries.get(key)) : undefined),
    set: async (key, value) => {
      if (storage.full) throw quotaError();
      entries.set(key, structuredClone(value));
    },
    del: async (key) => void entries.delete(key),
    keys: async () => [...entries.keys()],
    update: async (key, change) => {
      const step = change(entries.has(key) ? structuredClone(entries.get(key)) : undefined);
      if (step.remove) entries.delete(key);
      else if ('write' in step) {
        if (storage.full) throw quotaError();
        entries.set(key, structuredClone(step.write));
      }
      return step.result;
    },
    clear: async () => entries.clear(),
  };
  return storage;
}
