// Server-sent events: the core's change events (FrontDesk.onChange) relayed to a browser at
// GET /api/events, so another device's write shows without a reload. Used by the loopback
// web host and the LAN listener; each decides who may listen before calling this.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FrontDesk } from '../app/front-desk';

/** Comment lines keep idle connections (and any proxy or NAT on the way) open. */
const HEARTBEAT_MS = 25_000;

/** Starts the stream; returns a function that ends it (a revoked device is cut off). */
export function serveEvents(
  request: IncomingMessage,
  response: ServerResponse,
  frontDesk: Pick<FrontDesk, 'onChange'>,
  heartbeatMs = HEARTBEAT_MS,
): () => void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // Reconnect after 3 s when the stream drops (EventSource does it by itself).
  response.write('retry: 3000\n\n');
  const unsubscribe = frontDesk.onChange((change) => {
    response.write(`event: changed\ndata: ${JSON.stringify({ domains: change.domains })}\n\n`);
  });
  const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), heartbeatMs);
  heartbeat.unref();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    response.end();
  };
  request.on('close', end);
  response.on('error', end);
  return end;
}
