import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { pageMetadata } from "@/app/components/page-metadata";
import { tokenProblems, TokenField } from "@/app/components/token-field";
import { getViewer } from "@/lib/auth/session";
import { signInAction } from "./actions";
import { safeNextPath } from "./next-path";

export const metadata: Metadata = pageMetadata({
  title: "Sign in",
  description:
    "Sign in to castlog with your TMDB API Read Access Token to track seasons and fetch them with your own token.",
  path: "/signin",
  index: false,
});

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const next = safeNextPath(query.next);
  if (await getViewer()) redirect(next);
  const error =
    typeof query.error === "string" ? tokenProblems[query.error] : null;

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
        <TokenField label="API Read Access Token" />
        <button type="submit">Sign in</button>
      </form>
    </section>
  );
}
