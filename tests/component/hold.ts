// A slow link, made to happen: the real core does the work at once, but the screen gets the
// answer of the first request on one channel only when the test releases it (as a desk
// connected to the hub, or a tablet over the clinic network, waits for it).
import { onTestFinished } from 'vitest';
import { act } from '@testing-library/react';
import type { FrontDesk } from '../../electron/app/front-desk';
import type { Channel, FrontDeskApi } from '../../shared/api/contract';
import type { Caller } from '../../shared/api/roles';
import { useApiImplementation } from '../../renderer/src/api/client';
import { inProcessApi } from './harness';

export type Held = {
  /** How many requests the screen made on the channel (the held one included). */
  readonly asked: number;
  /** True once the first request was made (and its answer is being held). */
  readonly holding: boolean;
  /** Lets the held answer reach the screen, and lets the screen act on it. */
  release(): Promise<void>;
};

export function holdFirstAnswer(frontDesk: FrontDesk, channel: Channel, caller?: Caller): Held {
  const real = inProcessApi(frontDesk, caller);
  let asked = 0;
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  // A test that fails while it holds leaves no answer on its way for the next one.
  onTestFinished(() => open());
  const ask = real[channel] as (input: unknown) => Promise<unknown>;
  useApiImplementation({
    ...real,
    [channel]: async (input: unknown) => {
      const first = ++asked === 1;
      const answer = await ask(input);
      if (first) await gate;
      return answer;
    },
  } as FrontDeskApi);
  return {
    get asked() {
      return asked;
    },
    get holding() {
      return asked > 0;
    },
    async release() {
      await act(async () => open());
    },
  };
}
