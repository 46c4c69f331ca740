export { SignaturePad, SignatureImage } from './SignaturePad';
