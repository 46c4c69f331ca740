// State that outlives its screen: the frame unmounts a screen when another is opened (F1..F6),
// so what the receptionist was typing (the quote in progress, the caller's details, the
// school choices) is kept here, per key, for as long as the app runs. Not saved anywhere.
import { useCallback, useRef, useState, type Dispatch, type SetStateAction } from 'react';

const store = new Map<string, unknown>();

/** Like useState, but the value is kept under `key` when the component unmounts and is
 *  given back when one mounts again with the same key. */
export function usePersistentState<T>(key: string, initial: T | (() => T)): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    if (store.has(key)) return store.get(key) as T;
    const first = typeof initial === 'function' ? (initial as () => T)() : initial;
    store.set(key, first);
    return first;
  });
  const shown = useRef(value);
  shown.current = value;
  // Computed from the store, not inside React's updater: an answer that arrives after the
  // screen was left (a save over a slow link) still lands in the kept value.
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) => {
      const previous = store.has(key) ? (store.get(key) as T) : shown.current;
      const value = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
      store.set(key, value);
      setValue(value);
    },
    [key],
  );
  return [value, set];
}

/** Forgets every kept value (tests start each case from a fresh app). */
export function resetPersistentState(): void {
  store.clear();
}
