/** Why a submitted TMDB token was not taken, as the forms report it. */
export const tokenProblems: Record<string, string> = {
  malformed: "That does not look like a TMDB read access token.",
  rejected:
    "TMDB did not accept that token. Copy the API Read Access Token (the long one), not the API key.",
  not_read_access_token:
    "TMDB accepted it, but it is not an API Read Access Token: castlog needs the long token, which names your account.",
  unavailable: "TMDB could not be reached to check the token. Try again soon.",
  rate_limited: "Too many attempts. Wait a minute and try again.",
};

/** The token input of the sign-in and settings forms. */
export function TokenField({ label }: { label: string }) {
  return (
    <>
      <label htmlFor="token">{label}</label>
      <input
        id="token"
        name="token"
        type="password"
        autoComplete="off"
        required
        minLength={20}
      />
    </>
  );
}
