/**
 * A `localStorage` for the mock API's worker, which has none: MSW keeps its cookie store there and fails to load
 * without one. The mock sets no cookies; this one lives in memory, for the worker's life. Imported before MSW.
 */
if (typeof localStorage === 'undefined') {
  const items = new Map<string, string>();
  const storage: Storage = {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage });
}
