import { z } from "zod";

const milliseconds = z.int().min(0).max(600_000);

/** What POST /_control/faults and addFault() accept. */
export const faultSchema = z.strictObject({
  path: z
    .string()
    .startsWith("/3/", "path must start with /3/")
    .refine((path) => !/[?#]/.test(path), "path is a pathname: no query"),
  status: z.int().min(200).max(599).optional(),
  delayMs: milliseconds.optional(),
  slowBodyMs: milliseconds.optional(),
  retryAfter: z.union([z.string().min(1), z.int().min(0)]).optional(),
  // "malformed" and "truncated" are special; any other value is sent as JSON.
  body: z.json().optional(),
  times: z.int().min(1).optional(),
});
export type FaultInput = z.input<typeof faultSchema>;
export type Fault = z.output<typeof faultSchema>;

export type FaultQueue = {
  add(fault: Fault): void;
  /** The first fault queued for the path, counting one use of it. */
  take(path: string): Fault | undefined;
  /** Faults still waiting, `times` being the uses left. */
  pending(): Fault[];
  /** Returns how many faults were removed. */
  clear(): number;
};

export function createFaultQueue(): FaultQueue {
  let queue: Fault[] = [];

  return {
    add(fault) {
      queue.push({ ...fault });
    },
    take(path) {
      const index = queue.findIndex((fault) => fault.path === path);
      const fault = queue[index];
      if (fault === undefined) return undefined;

      if (fault.times !== undefined) {
        fault.times -= 1;
        if (fault.times === 0) queue.splice(index, 1);
      }

      return fault;
    },
    pending: () => queue.map((fault) => ({ ...fault })),
    clear() {
      const removed = queue.length;
      queue = [];
      return removed;
    },
  };
}
