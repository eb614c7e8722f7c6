// The parts of autocannon's programmatic API the bench uses; the package
// ships no types of its own.
declare module "autocannon" {
  type Options = { url: string; connections: number; duration: number };
  type Result = {
    requests: { average: number; total: number };
    /** Seconds the run lasted. */
    duration: number;
    non2xx: number;
    errors: number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
