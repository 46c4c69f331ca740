// happy-dom has no 2D canvas. This stand-in lets the real signature_pad run in component
// tests and tells whether a canvas shows ink: anything filled, stroked or drawn since it was
// last cleared. (Drawing as pixels is tested in Chromium, end to end.)
import { fireEvent } from '@testing-library/react';
import { vi } from 'vitest';

const inked = new WeakMap<HTMLCanvasElement, boolean>();

export function useInkRecordingCanvas() {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    const canvas = this;
    const properties: Record<string | symbol, unknown> = { canvas };
    return new Proxy(properties, {
      get(target, name) {
        if (name in target) return target[name];
        if (name === 'fill' || name === 'stroke' || name === 'drawImage') return () => inked.set(canvas, true);
        if (name === 'clearRect') return () => inked.set(canvas, false);
        return () => {};
      },
      set(target, name, value) {
        target[name] = value;
        return true;
      },
    }) as unknown as CanvasRenderingContext2D;
  } as unknown as HTMLCanvasElement['getContext']);
}

export const showsInk = (canvas: HTMLElement) => inked.get(canvas as HTMLCanvasElement) === true;

/** One stroke with the mouse across the canvas, as signature_pad hears it. */
export function drawStroke(canvas: HTMLElement) {
  const at = (x: number, buttons: number) => ({ pointerId: 1, pointerType: 'mouse', isPrimary: true, buttons, clientX: x, clientY: 40 });
  fireEvent.pointerDown(canvas, at(20, 1));
  for (const x of [40, 60, 80, 100]) fireEvent.pointerMove(window, at(x, 1));
  fireEvent.pointerUp(window, at(100, 0));
}
