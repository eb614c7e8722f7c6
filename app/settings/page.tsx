import type { Metadata } from "next";
import Link from "next/link";
import { tokenProblems, TokenField } from "@/app/components/token-field";
import { requireViewer } from "@/lib/auth/session";
import {
  deleteAccountAction,
  deleteTokenAction,
  replaceTokenAction,
  signOutAction,
  signOutEverywhereAction,
} from "./actions";

export const metadata: Metadata = {
  title: "Settings",
  robots: { index: false },
};

const messages: Record<string, string> = {
  ...tokenProblems,
  rejected: "TMDB did not accept that token; the stored one is unchanged.",
  not_read_access_token:
    "That is not an API Read Access Token; the stored one is unchanged.",
  other_account:
    "That token belongs to another TMDB account. Sign out and sign in with it instead.",
  unconfirmed: "Tick the box to confirm that the account should be deleted.",
  replaced: "Your new token is stored.",
};

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SettingsPage({ searchParams }: Props) {
  const viewer = await requireViewer("/settings");
  const query = await searchParams;
  const key = [query.error, query.done].find((v) => typeof v === "string");
  const message = key ? messages[key] : null;

  return (
    <section className="narrow">
      <h1>Settings</h1>
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      <h2>TMDB token</h2>
      <p>
        Stored token: ending in <code>{viewer.token.last4}</code>, for TMDB
        account <code>{viewer.tmdbAccountId}</code>.
      </p>
      {viewer.token.invalid ? (
        <p className="notice" role="alert">
          TMDB no longer accepts this token. Replace it below to fetch with your
          account again.
        </p>
      ) : null}
      <form action={replaceTokenAction} className="stack">
        <TokenField label="Replace it with a new token" />
        <button type="submit">Replace token</button>
      </form>
      <form action={deleteTokenAction}>
        <button type="submit">Delete token (signs you out everywhere)</button>
      </form>
      <h2>Sessions</h2>
      <form action={signOutAction}>
        <button type="submit">Sign out</button>
      </form>
      <form action={signOutEverywhereAction}>
        <button type="submit">Sign out everywhere</button>
      </form>
      <h2>Account</h2>
      <form action={deleteAccountAction} className="stack">
        <label>
          <input type="checkbox" name="confirm" value="yes" required /> Delete
          my account, my token and everything I track. The public history of
          seasons stays.
        </label>
        <button type="submit">Delete account</button>
      </form>
      <p>
        <Link href="/privacy">What castlog stores</Link>
      </p>
    </section>
  );
}
