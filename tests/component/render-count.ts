// Counting a memoised component's renders in a component test: the module is mocked with
// the real component, its renders counted, memoised as the real one is (a component that
// is not memoised stays unmemoised here, renders with its parent and fails the test).
import { createElement, memo, type FunctionComponent } from 'react';

export function counted<P extends object>(real: unknown, count: () => void): FunctionComponent<P> {
  const memoised = (real as { type?: FunctionComponent<P> }).type;
  const inner = (memoised ?? real) as FunctionComponent<P>;
  const countedInner: FunctionComponent<P> = (props) => {
    count();
    return createElement(inner, props);
  };
  return (memoised ? memo(countedInner) : countedInner) as FunctionComponent<P>;
}
