/**
 * What next-auth's own POST endpoints ask of a client before they accept a
 * form: its CSRF token, and the cookie that goes with it.
 */
export async function fetchNextAuthCsrf(siteUrl: string) {
  const response = await fetch(`${siteUrl}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { csrfToken, cookie };
}
