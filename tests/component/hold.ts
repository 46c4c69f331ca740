// A slow or failing link, made to happen: the real core answers every channel, but one
// channel's answers pass through the test first (as a desk connected to the hub, or a tablet
// over the clinic network, waits for them or loses them).
import { onTestFinished } from 'vitest';
import { act } from '@testing-library/react';
import type { FrontDesk } from '../../electron/app/front-desk';
import type { Channel, FrontDeskApi } from '../../shared/api/contract';
import type { Caller } from '../../shared/api/roles';
import { fail } from '../../shared/api/result';
import { useApiImplementation } from '../../renderer/src/api/client';
import { inProcessApi } from './harness';

/** The real core, except that the `nth` (from 1) request on `channel` is answered by `answer`. */
function throughTest(
  frontDesk: FrontDesk,
  channel: Channel,
  answer: (nth: number, input: unknown, real: (input: unknown) => Promise<unknown>) => Promise<unknown>,
  caller?: Caller,
): { readonly asked: number } {
  const real = inProcessApi(frontDesk, caller);
  let asked = 0;
  useApiImplementation({ ...real, [channel]: (input: unknown) => answer(++asked, input, real[channel] as (input: unknown) => Promise<unknown>) } as FrontDeskApi);
  return {
    get asked() {
      return asked;
    },
  };
}

export type Held = {
  /** How many requests the screen made on the channel (the held one included). */
  readonly asked: number;
  /** True once the first request was made (and its answer is being held). */
  readonly holding: boolean;
  /** Lets the held answer reach the screen, and lets the screen act on it. */
  release(): Promise<void>;
};

/** The first request on `channel` is done by the core at once; its answer waits for release(). */
export function holdFirstAnswer(frontDesk: FrontDesk, channel: Channel, caller?: Caller): Held {
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  // A test that fails while it holds leaves no answer on its way for the next one.
  onTestFinished(() => open());
  const counted = throughTest(
    frontDesk,
    channel,
    async (nth, input, real) => {
      const answer = await real(input);
      if (nth === 1) await gate;
      return answer;
    },
    caller,
  );
  return {
    get asked() {
      return counted.asked;
    },
    get holding() {
      return counted.asked > 0;
    },
    async release() {
      await act(async () => open());
    },
  };
}

/** The requests on `channel` numbered in `lost` (from 1) never reach the core: the hub could
 *  not be reached, and nothing was saved. */
export function loseRequests(frontDesk: FrontDesk, channel: Channel, lost: number[]): { readonly asked: number } {
  return throughTest(frontDesk, channel, (nth, input, real) =>
    lost.includes(nth) ? Promise.resolve(fail('hub-unreachable', { reason: 'network', write: true })) : real(input),
  );
}
