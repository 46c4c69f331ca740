// A signature drawn with a mouse, pen or finger (signature_pad: smooth variable-width
// strokes, pointer events, vector data out). Each finished stroke reports the vector data,
// the SVG and the time. Where a canvas cannot draw (no 2D context) the pad says so and the
// form offers "signed on paper" instead.
import { useEffect, useRef, useState } from 'react';
import SignaturePadLib from 'signature_pad';
import type { DrawnSignature, SignatureStroke } from '../../../../shared/intake';
import './signature.css';

const WIDTH = 480;
const HEIGHT = 150;

export function SignaturePad(props: {
  /** Accessible name of the drawing area, e.g. "고객 서명 칸: ..." */
  label: string;
  clearLabel: string;
  unavailableText: string;
  value: DrawnSignature | null;
  onChange: (value: DrawnSignature | null) => void;
  /** The time a stroke ends (the page's clock unless a test gives one). */
  now?: () => Date;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadLib | null>(null);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const now = useRef(props.now ?? (() => new Date()));
  /** What the pad shows: the value it was given or last reported. */
  const shown = useRef(props.value);
  const [unavailable, setUnavailable] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let pad: SignaturePadLib;
    try {
      if (!canvas.getContext('2d')) throw new Error('no 2d context');
      // Sharp on high-density screens: the backing store is scaled, the drawing is not.
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      canvas.width = WIDTH * ratio;
      canvas.height = HEIGHT * ratio;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad = new SignaturePadLib(canvas, { penColor: '#000', backgroundColor: 'rgba(0,0,0,0)' });
    } catch {
      setUnavailable(true);
      return;
    }
    padRef.current = pad;
    draw(pad, shown.current);
    const report = () => {
      shown.current = pad.isEmpty()
        ? null
        : { strokes: pad.toData() as SignatureStroke[], svg: pad.toSVG(), signedAt: now.current().toISOString() };
      onChange.current(shown.current);
    };
    pad.addEventListener('endStroke', report);
    return () => {
      pad.removeEventListener('endStroke', report);
      pad.off();
      padRef.current = null;
    };
  }, []);

  // A value from outside (the form reset, another draft taken after a conflict): the pad shows
  // it, so an empty form never keeps old strokes on screen or in the next signature.
  useEffect(() => {
    if (!padRef.current || props.value === shown.current) return;
    shown.current = props.value;
    draw(padRef.current, props.value);
  }, [props.value]);

  if (unavailable) return <p className="warning">{props.unavailableText}</p>;
  return (
    <div className="signature-pad">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={props.label}
        className={props.value ? 'signed' : undefined}
        style={{ width: `${WIDTH}px`, height: `${HEIGHT}px` }}
      />
      <button
        type="button"
        onClick={() => {
          padRef.current?.clear();
          shown.current = null;
          onChange.current(null);
        }}
        disabled={!props.value}
      >
        {props.clearLabel}
      </button>
    </div>
  );
}

function draw(pad: SignaturePadLib, value: DrawnSignature | null) {
  if (value) pad.fromData(value.strokes as Parameters<SignaturePadLib['fromData']>[0]);
  else pad.clear();
}

/** A stored signature shown or printed: its SVG as an image (a data: URL in <img> never runs
 *  script, whatever the SVG holds). */
export function SignatureImage(props: { signature: DrawnSignature; alt: string }) {
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(props.signature.svg)}`;
  return <img className="signature-image" src={url} alt={props.alt} />;
}
