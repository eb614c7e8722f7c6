import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

/** The most entries of `times` (ms) within any one-second window. */
export function busiestSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < sorted.length; last++) {
    while (sorted[last]! - sorted[first]! >= 1000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

export type RecordingProxy = {
  url: string;
  /** When each request arrived (performance.now() of this process). */
  arrivals(): number[];
  close(): Promise<void>;
};

/**
 * An HTTP server that notes when each request arrives and passes it on to
 * `target` unchanged: what the server behind it sees, with times.
 */
export async function startRecordingProxy(
  target: string,
): Promise<RecordingProxy> {
  const times: number[] = [];
  const upstream = new URL(target);
  const server = createServer((incoming, outgoing) => {
    times.push(performance.now());
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on("error", () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve()),
  );
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    arrivals: () => [...times],
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
