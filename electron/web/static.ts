// Serves the built renderer (out/renderer) read-only, never outside its folder.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
};

export async function serveStatic(
  response: ServerResponse,
  root: string,
  urlPath: string,
  transform?: (text: string) => string,
): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return sendText(response, 400, 'Bad path');
  }
  const file = normalize(join(root, decoded));
  if (!file.startsWith(normalize(root) + sep) || decoded.includes('\0')) {
    return sendText(response, 404, 'Not found');
  }
  try {
    const body = await readFile(file);
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': cachePolicy(decoded, !!transform) });
    response.end(transform ? transform(body.toString('utf8')) : body);
  } catch {
    sendText(response, 404, 'Not found');
  }
}

/** Only the build's hashed files (assets/) are kept for good: a new build names them anew.
 *  Files with fixed names (the icon, a page) are checked again, so a tablet never keeps an
 *  old one after an update. */
function cachePolicy(path: string, transformed: boolean): string {
  if (transformed) return 'no-store';
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
