// Installed in the page: when a watched element's text changes after an armed user input,
// records the input event's timeStamp, the MutationObserver time (the DOM holds the new
// text), the next requestAnimationFrame callback (the start of the frame that paints it) and
// a task after that frame (its work done). Plain JS
// text, so nothing the TypeScript runner adds to functions has to exist in the page.
import type { Locator, Page } from 'playwright-core';

/** `begin`: the frame's time as given to requestAnimationFrame (the display's tick it
 *  belongs to); `frame`: when that callback ran (the frame's start); `painted`: a task after
 *  it, once the frame's style, layout and paint were done; `renders`: React components that
 *  rendered between the key and the frame; `updates`: DOM elements React updated in those
 *  commits (new props, compared with the old; what differs is written). */
export type Sample = { start: number; dom: number; begin: number; frame: number; painted: number; renders: number; updates: number };

/** In-page JS (a function expression): calls `done(frameTime)` in a task after the next frame,
 *  once that frame's style, layout and paint are done, with the time requestAnimationFrame
 *  gave. The one definition of "painted" for every bench that runs in the page. */
export const AFTER_NEXT_FRAME = `((done) => requestAnimationFrame((begin) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done(begin);
  channel.port2.postMessage(0);
}))`;

const PROBE = `(() => {
  const afterNextFrame = ${AFTER_NEXT_FRAME};
  const state = { armed: false, types: [], start: null, root: null, read: () => '', last: '', samples: [], observer: null, waiter: null };
  const onEvent = (event) => {
    if (state.armed && state.start === null && event.isTrusted && state.types.includes(event.type)) state.start = event.timeStamp;
  };
  for (const type of ['keydown', 'keyup', 'input', 'change', 'click']) window.addEventListener(type, onEvent, true);
  window.__bench = {
    watch(root, readSelector) {
      if (state.observer) state.observer.disconnect();
      state.root = root;
      state.read = () => (readSelector ? root.querySelector(readSelector)?.textContent : root.textContent) ?? '';
      state.observer = new MutationObserver(() => {
        if (!state.armed || state.start === null) return;
        const text = state.read();
        if (text === state.last) return;
        const dom = performance.now();
        const start = state.start;
        state.last = text;
        state.armed = false;
        let frame = NaN;
        let renders = NaN;
        let updates = NaN;
        requestAnimationFrame(() => {
          frame = performance.now();
          const taken = window.__renders ? window.__renders.take() : null;
          renders = taken ? taken.components : NaN;
          updates = taken ? taken.elements : NaN;
        });
        afterNextFrame((begin) => {
          state.samples.push({ start, dom, begin, frame, painted: performance.now(), renders, updates });
          if (state.waiter) state.waiter();
        });
      });
      state.observer.observe(root, { childList: true, subtree: true, characterData: true });
    },
    arm(types) {
      if (window.__renders) window.__renders.take();
      state.armed = true;
      state.types = types;
      state.start = null;
      state.last = state.read();
    },
    disarm() { state.armed = false; },
    count() { return state.samples.length; },
    // Resolves true once there are more than 'before' samples, false after timeoutMs.
    waitSample(before, timeoutMs) {
      return new Promise((resolve) => {
        if (state.samples.length > before) return resolve(true);
        const timer = setTimeout(() => { state.waiter = null; resolve(false); }, timeoutMs);
        state.waiter = () => { clearTimeout(timer); state.waiter = null; resolve(true); };
      });
    },
    take() { const s = state.samples; state.samples = []; return s; },
  };
})()`;

// Installed before the app (an init script): React calls a DevTools hook, when one exists,
// after every commit; this one counts the components that rendered in it (a component whose
// props and state did not change is skipped, as the DevTools profiler does) and the DOM
// elements React updated in its commit (new props for an element: React compares them with
// the old and writes what differs; an <input> also gets its name and type written again).
// The counts do not depend on how busy the machine is: they show work on unchanged parts.
export const RENDER_COUNTER = `(() => {
  let components = 0;
  let elements = 0;
  const COMPONENT = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  const HOST_ELEMENT = 5;
  const PERFORMED_WORK = 1;
  const UPDATE = 4;
  const walk = (next, prev) => {
    if (COMPONENT.has(next.tag) && (prev === null || (next.flags & PERFORMED_WORK) !== 0)) components++;
    if (next.tag === HOST_ELEMENT && prev !== null && (next.flags & UPDATE) !== 0) elements++;
    if (prev !== null && next.child === prev.child) return; // nothing below was rendered
    for (let child = next.child; child; child = child.sibling) walk(child, child.alternate);
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, isDisabled: false, renderers: new Map(),
    inject() { return 1; }, checkDCE() {}, onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) { const c = root.current; walk(c, c.alternate); },
  };
  window.__renders = { take() { const taken = { components, elements }; components = 0; elements = 0; return taken; } };
})()`;

/** The display's frame interval (60 Hz), the one Chromium's frame clock keeps headless too. */
export const TICK_MS = 1000 / 60;

export const START_ON_KEYDOWN = ['keydown', 'input'];
/** Space on a checkbox acts on key release. */
export const START_ON_KEYUP = ['keyup'];

export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

/** Watches `root`'s text, or the text of `readSelector` inside it. */
export async function watch(root: Locator, readSelector?: string): Promise<void> {
  // A plain arrow (a string would be evaluated, not called with the element).
  await root.evaluate(
    (el, sel) => (window as unknown as { __bench: { watch(e: Element, s: string | null): void } }).__bench.watch(el, sel),
    readSelector ?? null,
  );
}

export type Outcome = 'sample' | 'no-change';

/** Arms the probe, performs `act`, waits until the watched text changed and was framed. */
export async function measure(page: Page, act: () => Promise<void>, types = START_ON_KEYDOWN, timeoutMs = 1500): Promise<Outcome> {
  const before = (await page.evaluate('window.__bench.count()')) as number;
  await page.evaluate(`window.__bench.arm(${JSON.stringify(types)})`);
  await act();
  // Polled in the page (page.waitForFunction would need eval, which the app's CSP forbids).
  if (await page.evaluate(`window.__bench.waitSample(${before}, ${timeoutMs})`)) return 'sample';
  await page.evaluate('window.__bench.disarm()');
  return 'no-change';
}

export async function takeSamples(page: Page): Promise<Sample[]> {
  return (await page.evaluate('window.__bench.take()')) as Sample[];
}
