import type { KeyValueStore } from './kv';

const STORE = 'kv';

const done = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

/**
 * A KeyValueStore in the extension's own IndexedDB database. For the background's
 * bulky state (the source cache): unlike storage.local, a write here is not sent
 * to every page that listens for storage changes — the popup and every tab's
 * content script watch storage.local for settings, and each cache write (entry
 * plus index, old and new values) cost them a long task per source.
 */
export function indexedDbStore(name: string): KeyValueStore {
  let opened: Promise<IDBDatabase> | null = null;
  const db = () => {
    if (!opened) {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      opened = done(req);
      opened.catch(() => (opened = null));
    }
    return opened;
  };
  const tx = async (mode: IDBTransactionMode) => (await db()).transaction(STORE, mode);
  return {
    async get(keys) {
      const store = (await tx('readonly')).objectStore(STORE);
      const values = await Promise.all(keys.map((k) => done(store.get(k))));
      return Object.fromEntries(keys.flatMap((k, i) => (values[i] === undefined ? [] : [[k, values[i]]])));
    },
    async getAll() {
      const store = (await tx('readonly')).objectStore(STORE);
      const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
      return Object.fromEntries(keys.map((k, i) => [String(k), values[i]]));
    },
    async set(items) {
      const t = await tx('readwrite');
      const store = t.objectStore(STORE);
      for (const [k, v] of Object.entries(items)) store.put(v, k);
      await committed(t);
    },
    async remove(keys) {
      const t = await tx('readwrite');
      const store = t.objectStore(STORE);
      for (const k of keys) store.delete(k);
      await committed(t);
    },
  };
}
