// The browser's storage for everything the tool keeps (drafts, set-aside values, the published copy,
// own KommunKompassen profiles): one IndexedDB database, one object store, read and written through the
// KeyValueStorage interface. A connection is opened on first use and kept. When another tab or script
// wants the database changed or deleted (a `versionchange`), or the browser closes it, the connection is
// closed at once so that the other side is not blocked, and every listener is told, so the page can say
// so instead of claiming "Sparat" over a database that is gone. The next call opens it again (empty, if
// it was deleted).
import type { KeyValueStorage, UpdateStep } from './key-value-storage';

export const DATABASE = 'kommunmodell-drafts';
const STORE = 'drafts';
/** The database own KommunKompassen profiles were kept in before they moved into this one. */
const OLD_EVALUATIONS_DATABASE = 'kommunmodell-evaluations';
/** The database an earlier version kept the published draft in; removed on first use. */
const OLD_SHARED_DATABASE = 'kommunmodell-shared';
/** Every database the tool writes, for "delete everything". */
const ALL_DATABASES = [DATABASE, OLD_EVALUATIONS_DATABASE, OLD_SHARED_DATABASE];

type LostListener = (why: 'versionchange' | 'closed') => void;
const lostListeners = new Set<LostListener>();
let oldDatabaseRemoved = false;

/** Called when the drafts' connection had to be closed because the database is being changed or deleted. */
export function onStorageLost(listener: LostListener): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

interface Database {
  name: string;
  store: string;
  connection: Promise<IDBDatabase> | undefined;
  onLost?: (why: 'versionchange' | 'closed') => void;
}

const databases = new Map<string, Database>();

function lost(database: Database, db: IDBDatabase, why: 'versionchange' | 'closed'): void {
  db.close();
  database.connection = undefined;
  database.onLost?.(why);
}

function open(database: Database): Promise<IDBDatabase> {
  database.connection ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database.name);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(database.store)) request.result.createObjectStore(database.store);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => lost(database, db, 'versionchange');
      db.onclose = () => lost(database, db, 'closed');
      resolve(db);
    };
    request.onerror = () => {
      database.connection = undefined;
      reject(request.error ?? new DOMException('IndexedDB could not be opened', 'UnknownError'));
    };
    request.onblocked = () => undefined;
  });
  if (!oldDatabaseRemoved) {
    oldDatabaseRemoved = true;
    try {
      indexedDB.deleteDatabase(OLD_SHARED_DATABASE);
    } catch {
      // Nothing to remove, or not allowed: nothing else depends on it.
    }
  }
  return database.connection;
}

/**
 * Runs `work` in one transaction and resolves when the transaction has committed. `fail` aborts it with
 * a reason (an exception in a request's callback would abort it with none).
 */
async function inTransaction<T>(
  database: Database,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore, done: (value: T) => void, fail: (error: unknown) => void) => void,
): Promise<T> {
  const db = await open(database);
  return new Promise<T>((resolve, reject) => {
    let value: T | undefined;
    let has = false;
    let failure: unknown;
    const transaction = db.transaction(database.store, mode);
    transaction.oncomplete = () => (has ? resolve(value as T) : reject(new DOMException('Transaction ended early', 'AbortError')));
    // A full disk shows up as the transaction's error (QuotaExceededError) when it aborts.
    transaction.onabort = () => reject(failure ?? transaction.error ?? new DOMException('Transaction aborted', 'AbortError'));
    transaction.onerror = () => undefined;
    const fail = (error: unknown) => {
      failure = error;
      try {
        transaction.abort();
      } catch {
        // Already finished.
      }
      reject(error);
    };
    try {
      work(
        transaction.objectStore(database.store),
        (result) => {
          value = result;
          has = true;
        },
        fail,
      );
    } catch (error) {
      fail(error);
    }
  });
}

function keyValueStorageOf(database: Database): KeyValueStorage {
  return {
  get: (key) =>
    inTransaction(database, 'readonly', (store, done) => {
      const request = store.get(key);
      request.onsuccess = () => done(request.result as unknown);
    }),
  set: (key, value) =>
    inTransaction<void>(database, 'readwrite', (store, done) => {
      store.put(value, key).onsuccess = () => done(undefined);
    }),
  del: (key) =>
    inTransaction<void>(database, 'readwrite', (store, done) => {
      store.delete(key).onsuccess = () => done(undefined);
    }),
  keys: () =>
    inTransaction(database, 'readonly', (store, done) => {
      const request = store.getAllKeys();
      request.onsuccess = () => done(request.result.filter((key): key is string => typeof key === 'string'));
    }),
  update: <T,>(key: string, change: (current: unknown) => UpdateStep<T>) =>
    inTransaction<T>(database, 'readwrite', (store, done, fail) => {
      const request = store.get(key);
      request.onsuccess = () => {
        try {
          const step = change(request.result as unknown);
          if (step.remove) store.delete(key).onsuccess = () => done(step.result);
          else if ('write' in step) store.put(step.write, key).onsuccess = () => done(step.result);
          else done(step.result);
        } catch (error) {
          fail(error);
        }
      };
    }),
  clear: () =>
    inTransaction<void>(database, 'readwrite', (store, done) => {
      store.clear().onsuccess = () => done(undefined);
    }),
};
}

const storages = new Map<string, KeyValueStorage>();

function storageNamed(name: string, store: string, onLost?: Database['onLost']): KeyValueStorage | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  let storage = storages.get(name);
  if (!storage) {
    const database: Database = { name, store, connection: undefined, ...(onLost ? { onLost } : {}) };
    databases.set(name, database);
    storage = keyValueStorageOf(database);
    storages.set(name, storage);
  }
  return storage;
}

/** The drafts' storage, or undefined where IndexedDB is not available (some private modes). */
export function browserStorage(): KeyValueStorage | undefined {
  return storageNamed(DATABASE, STORE, (why) => {
    for (const listener of lostListeners) listener(why);
  });
}

/** Closes the connections and deletes every database the tool writes (and the one an earlier version used). */
export async function deleteBrowserDatabase(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  for (const database of databases.values()) {
    const open = database.connection;
    database.connection = undefined;
    if (open) (await open.catch(() => undefined))?.close();
  }
  await Promise.all(
    ALL_DATABASES.map(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new DOMException('Could not delete the database', 'UnknownError'));
          // Another tab still holds it open: its versionchange handler closes it, then this completes. A tab
          // that does not let go (an older version of the tool) is named after a while.
          request.onblocked = () =>
            setTimeout(() => reject(new DOMException('another tab keeps the storage open; close the other tabs of the tool', 'BlockedError')), 5000);
        }),
    ),
  );
}
