// Counting a memoised component's renders in a component test: the module is mocked with
// the real component, its renders counted, memoised as the real one is (a component that
// is not memoised stays unmemoised here, renders with its parent and fails the test).
import { createElement, memo, type FunctionComponent } from 'react';

const MEMO = Symbol.for('react.memo');
type Memoised<P> = { $$typeof: symbol; type: FunctionComponent<P>; compare: ((a: P, b: P) => boolean) | null };

export function counted<P extends object>(real: unknown, count: () => void): FunctionComponent<P> {
  const memoised = (real as Partial<Memoised<P>>).$$typeof === MEMO ? (real as Memoised<P>) : null;
  const inner = memoised ? memoised.type : (real as FunctionComponent<P>);
  const countedInner: FunctionComponent<P> = (props) => {
    count();
    return createElement(inner, props);
  };
  return (memoised ? memo(countedInner, memoised.compare ?? undefined) : countedInner) as FunctionComponent<P>;
}
