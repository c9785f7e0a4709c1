import * as React from "react";

/** A value that changes outside React (a Web API answer, say) and tells listeners when it does. */
export interface Store<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> & { set(value: T): void } {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Re-renders the calling component whenever the store changes (React 16 has no useSyncExternalStore). */
export function useStore<T>(store: Store<T>): T {
  // Not destructured: see useValue for why.
  const forceRender = React.useReducer((count: number) => count + 1, 0)[1];
  const rendered = store.get();
  React.useEffect(() => {
    const unsubscribe = store.subscribe(forceRender);
    // The value may have changed between render and subscription.
    if (store.get() !== rendered) {
      forceRender();
    }
    return unsubscribe;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- subscribe once per store; `rendered` matters only at subscription time
  }, [store]);
  return rendered;
}
