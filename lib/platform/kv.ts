/** The key-value store the background keeps its state in (storage.local / storage.session, or a Map in tests). */
export interface KeyValueStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** An in-memory store: for Node (the CLI) and tests. */
export function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      return Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async getAll() {
      return Object.fromEntries([...data].map(([k, v]) => [k, structuredClone(v)]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
  };
}
