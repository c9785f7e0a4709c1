import * as React from "react";

/**
 * useState as an object instead of a tuple. The build's Babel step turns every array
 * destructuring (`const [a, setA] = ...`) into a ~900-byte helper inlined per module, which
 * alone would push a control past its bundle budget.
 */
export interface ValueState<T> {
  value: T;
  set: (next: T) => void;
}

export function useValue<T>(initial: T): ValueState<T> {
  const state = React.useState(initial);
  return { value: state[0], set: state[1] };
}
