// Status codes and messages as TMDB documents them, so that clients parse
// the fake's errors exactly as they parse the real ones.
const knownErrors: Record<number, [code: number, message: string]> = {
  401: [7, "Invalid API key: You must be granted a valid key."],
  403: [
    3,
    "Authentication failed: You do not have permissions to access the service.",
  ],
  404: [34, "The resource you requested could not be found."],
  429: [25, "Your request count (#) is over the allowed limit of (40)."],
};

const internalError: [number, string] = [
  11,
  "Internal error: Something went wrong, contact TMDB.",
];

const invalidParameters: [number, string] = [
  5,
  "Invalid parameters: Your request parameters are incorrect.",
];

/** The JSON text TMDB answers with for an HTTP error status. */
export function describeTmdbError(status: number): string {
  const fallback = status >= 500 ? internalError : invalidParameters;
  const [code, message] = knownErrors[status] ?? fallback;

  return JSON.stringify({
    success: false,
    status_code: code,
    status_message: message,
  });
}

export const authenticationSuccess = JSON.stringify({
  success: true,
  status_code: 1,
  status_message: "Success.",
});
