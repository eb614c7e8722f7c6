/** Drives a running fake TMDB server through its control endpoints. */
export function fakeTmdbControl(baseUrl: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/_control/${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(
        `control ${path}: ${response.status} ${await response.text()}`,
      );
    }
    return response.json() as Promise<unknown>;
  };

  return {
    addFault: (fault: Record<string, unknown>) => call("POST", "faults", fault),
    clearFaults: () => call("DELETE", "faults"),
    requestCounts: () =>
      call("GET", "requests") as Promise<{
        total: number;
        byPath: Record<string, number>;
      }>,
    requestTimeline: () =>
      call("GET", "requests/timeline") as Promise<{
        startedAt: number[];
        peakInFlight: number;
      }>,
    resetCounts: () => call("DELETE", "requests"),
  };
}
