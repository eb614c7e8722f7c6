import { createServer, connect, type Server, type Socket } from "node:net";

/**
 * A TCP proxy in front of a server (PostgreSQL, say) that a test can
 * break the way networks and hosts break:
 * - "cut": every connection is dropped and new ones are refused, as when
 *   the server is down;
 * - "blackhole": connections are accepted but nothing goes through, in
 *   either direction, on new or existing connections, as when packets are
 *   lost on the way;
 * - "forward": new connections go through again. Connections stuck in a
 *   blackhole are reset, as by a host that lost track of them, unless
 *   `keepStuck`: then they stay stuck until close(), as half-open
 *   connections behind a network that dropped them.
 */
export type TcpProxy = {
  port: number;
  /** 127.0.0.1:port. */
  host: string;
  mode(): ProxyMode;
  cut(): Promise<void>;
  blackhole(): void;
  restore(options?: { keepStuck?: boolean }): Promise<void>;
  close(): Promise<void>;
};

export type ProxyMode = "forward" | "cut" | "blackhole";

type Pair = { client: Socket; upstream: Socket | null };

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
  });
}

function destroy(pair: Pair) {
  pair.client.destroy();
  pair.upstream?.destroy();
}

/** Forwards 127.0.0.1:<a free port> to target. */
export async function startTcpProxy(target: {
  host: string;
  port: number;
}): Promise<TcpProxy> {
  let mode: ProxyMode = "forward";
  const pairs = new Set<Pair>();
  // Sockets that were blackholed: never answered, never let go.
  const stuck = new Set<Pair>();

  function accept(client: Socket) {
    const pair: Pair = { client, upstream: null };
    client.on("error", () => destroy(pair));
    client.on("close", () => {
      pairs.delete(pair);
      pair.upstream?.destroy();
    });
    if (mode === "blackhole") {
      stuck.add(pair);
      return;
    }

    pairs.add(pair);
    const upstream = connect(target.port, target.host);
    pair.upstream = upstream;
    upstream.on("error", () => destroy(pair));
    upstream.on("close", () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  }

  const server = createServer(accept);
  const port = await listen(server, 0);

  return {
    port,
    host: `127.0.0.1:${port}`,
    mode: () => mode,
    async cut() {
      mode = "cut";
      const stopped = stop(server);
      for (const pair of [...pairs, ...stuck]) destroy(pair);
      await stopped;
    },
    blackhole() {
      mode = "blackhole";
      for (const pair of pairs) {
        pair.client.unpipe();
        pair.upstream?.unpipe();
        pair.client.pause();
        pair.upstream?.pause();
        stuck.add(pair);
      }
      pairs.clear();
    },
    async restore({ keepStuck = false } = {}) {
      if (mode === "cut") await listen(server, port);
      mode = "forward";
      if (keepStuck) return;
      for (const pair of stuck) destroy(pair);
      stuck.clear();
    },
    async close() {
      const stopped = stop(server);
      for (const pair of [...pairs, ...stuck]) destroy(pair);
      await stopped;
    },
  };
}
