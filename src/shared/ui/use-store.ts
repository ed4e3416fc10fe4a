/** Subscribes a component to a store with `subscribe` and `get`, re-rendering on every change. */
import { useEffect, useState } from 'preact/hooks';

export interface Subscribable<T> {
  subscribe(listener: () => void): () => void;
  get(): T;
}

export function useStore<T>(store: Subscribable<T>): T {
  const [value, setValue] = useState(() => store.get());
  useEffect(() => {
    const update = () => setValue(() => store.get());
    update();
    return store.subscribe(update);
  }, [store]);
  return value;
}
