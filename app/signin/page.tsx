import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { signInAction } from "./actions";
import { safeNextPath } from "./next-path";

export const metadata: Metadata = {
  title: "Sign in",
  robots: { index: false },
};

const messages: Record<string, string> = {
  malformed: "That does not look like a TMDB read access token.",
  rejected:
    "TMDB did not accept that token. Copy the API Read Access Token (the long one), not the API key.",
  not_read_access_token:
    "TMDB accepted it, but it is not an API Read Access Token: castlog needs the long token, which names your account.",
  unavailable: "TMDB could not be reached to check the token. Try again soon.",
  rate_limited: "Too many attempts. Wait a minute and try again.",
};

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const next = safeNextPath(query.next);
  if (await getViewer()) redirect(next);
  const error = typeof query.error === "string" ? messages[query.error] : null;

  return (
    <section className="narrow">
      <h1>Sign in with your TMDB API Read Access Token</h1>
      <p>
        castlog has no passwords: your TMDB account is your castlog account.
        Signed in, the pages you open are fetched from TMDB with your own token,
        and you can track seasons on your dashboard.
      </p>
      <p>
        Find the token in your TMDB account under{" "}
        <a href="https://www.themoviedb.org/settings/api">Settings → API</a>{" "}
        (“API Read Access Token”, a long text starting with <code>eyJ</code>).
        castlog checks it with TMDB, stores it encrypted, and never shows it
        again.{" "}
        <Link href="/privacy">What castlog stores, and how to delete it</Link>.
      </p>
      {error ? (
        <p className="notice" role="alert">
          {error}
        </p>
      ) : null}
      <form action={signInAction} className="stack">
        <input type="hidden" name="next" value={next} />
        <label htmlFor="token">API Read Access Token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="off"
          required
          minLength={20}
        />
        <button type="submit">Sign in</button>
      </form>
    </section>
  );
}
