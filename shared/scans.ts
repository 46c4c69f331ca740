// The scan or photo of a paper prescription: PDF, JPEG or PNG, told apart by the file's first
// bytes (never by a name or a declared type). Pure, for the main process (checking an upload,
// opening a file) and the renderer (the type of the Blob it shows) alike.
export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];
export const SCAN_MAX_BYTES = 10 * 1024 * 1024;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** The scan type the bytes are, or null for anything else. */
export function scanTypeOf(bytes: Uint8Array): ScanType | null {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, PNG)) return 'image/png';
  return null;
}
