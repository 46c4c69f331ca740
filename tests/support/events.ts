// Reads a server-sent event stream (GET /api/events) over http or https, as EventSource
// would: for tests of the hosts' relays of the core's change events.
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';

export type EventStream = {
  status: number;
  headers: IncomingMessage['headers'];
  /** The next `event: changed` data, parsed. */
  next(): Promise<unknown>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
};

export function openEvents(options: RequestOptions & { secure?: boolean }): Promise<EventStream> {
  const request = options.secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request({ method: 'GET', ...options }, (res) => {
      const queue: unknown[] = [];
      const waiting: ((value: unknown) => void)[] = [];
      let buffer = '';
      let endResolve!: () => void;
      const ended = new Promise<void>((r) => (endResolve = r));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const lines = block.split('\n');
          if (!lines.includes('event: changed')) continue;
          const data = lines.find((line) => line.startsWith('data: '))?.slice('data: '.length) ?? 'null';
          const value: unknown = JSON.parse(data);
          const waiter = waiting.shift();
          if (waiter) waiter(value);
          else queue.push(value);
        }
      });
      res.on('end', () => endResolve());
      res.on('close', () => endResolve());
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        next: () => (queue.length > 0 ? Promise.resolve(queue.shift()) : new Promise((r) => waiting.push(r))),
        ended,
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}
