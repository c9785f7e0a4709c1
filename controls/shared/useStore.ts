import * as React from "react";

/** A value that changes outside React (a Web API answer, say) and tells listeners when it does. */
export interface Store<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

/** Depth of updateView calls running now (see inUpdateView). */
let updating = 0;

/**
 * Runs an updateView body. The platform calls a virtual control's updateView while it renders
 * its own React tree, so a subscriber told of a store change there would update during another
 * component's render (React: "Cannot update a component while rendering a different
 * component"). A store set inside `run` holds the new value at once, so the render of the
 * element updateView returns shows it, and tells its subscribers after that render, in a
 * microtask; one that already shows the value does not render again.
 */
export function inUpdateView<T>(run: () => T): T {
  updating += 1;
  try {
    return run();
  } finally {
    updating -= 1;
  }
}

export function createStore<T>(initial: T): Store<T> & { set(value: T): void } {
  let value = initial;
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  return {
    get: () => value,
    set: (next) => {
      value = next;
      // A promise rather than queueMicrotask: tests' fake timers leave promises alone.
      if (updating) void Promise.resolve().then(notify);
      else notify();
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
  const shown = React.useRef<T>();
  const rendered = (shown.current = store.get());
  React.useEffect(() => {
    // Renders again only for a value it does not show yet: a change set inside updateView was
    // shown by the host's render before its notice comes.
    const update = (): void => {
      if (store.get() !== shown.current) forceRender();
    };
    const unsubscribe = store.subscribe(update);
    // The value may have changed between render and subscription.
    update();
    return unsubscribe;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- subscribe once per store
  }, [store]);
  return rendered;
}
