// A TCP relay in front of a real listener (TLS passes through untouched) that can cut the
// connections opened after a mark: as a network that loses the hub's answer after the hub
// has done the work.
import net from 'node:net';

export type CuttingProxy = {
  /** Connections opened from now on are the ones `cut` ends. */
  mark(): void;
  /** Ends, both ways, every connection opened since the mark. */
  cut(): void;
  close(): Promise<void>;
};

export async function startCuttingProxy(listen: { host: string; port: number }, to: { host: string; port: number }): Promise<CuttingProxy> {
  const pairs: net.Socket[][] = [];
  let marked = Infinity;
  const server = net.createServer((client) => {
    const upstream = net.connect(to.port, to.host);
    const end = () => (client.destroy(), upstream.destroy());
    client.on('error', end);
    upstream.on('error', end);
    client.pipe(upstream).pipe(client);
    pairs.push([client, upstream]);
  });
  await new Promise<void>((resolve) => server.listen(listen.port, listen.host, resolve));
  return {
    mark: () => void (marked = pairs.length),
    cut() {
      // resetAndDestroy: the desk sees its connection reset, as when a cable or Wi-Fi drops.
      for (const [client, upstream] of pairs.slice(marked)) (client!.resetAndDestroy(), upstream!.destroy());
      marked = Infinity;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const pair of pairs) for (const socket of pair) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
