// How a form is signed: drawn on screen (vector strokes as signature_pad records them, the
// SVG drawn from them, and when), or on paper (the answers typed in from the signed paper
// form; the desk records that the paper was signed). A client under the guardian age signs
// with a guardian (name, relationship, and their signature when signed on screen).

export type SignaturePoint = { x: number; y: number; pressure: number; time: number };
export type SignatureStroke = {
  penColor: string;
  dotSize: number;
  minWidth: number;
  maxWidth: number;
  velocityFilterWeight: number;
  compositeOperation: string;
  points: SignaturePoint[];
};
export type DrawnSignature = { strokes: SignatureStroke[]; svg: string; signedAt: string };

export type Guardian = { name: string; relationship: string };

export type Signing =
  | { method: 'screen'; client: DrawnSignature; guardian: (Guardian & { signature: DrawnSignature }) | null }
  | { method: 'paper'; recordedAt: string; guardian: Guardian | null };

export const SIGNATURE_SVG_MAX = 400_000;
export const SIGNATURE_STROKES_MAX = 200;
/** Points in one stroke. */
export const SIGNATURE_POINTS_MAX = 5000;
/** Points in one signature, all strokes together: what is stored for good with a signed form.
 *  signature_pad records a point per 16 ms at most (and 5 px apart), so a long real signature
 *  has a few hundred to a couple of thousand; this is over 5 minutes of drawing without a pause. */
export const SIGNATURE_TOTAL_POINTS_MAX = 20_000;
