import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/app/components/page-metadata";
import { getEnv } from "@/lib/env";

// Rendered per request so that its canonical address follows SITE_URL as
// the server was started with, not as it was at build time, and so that
// it describes the address handling of the running configuration.
export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata({
  title: "Privacy",
  description: "What castlog stores about you, and how to delete it.",
  path: "/privacy",
});

export default function PrivacyPage() {
  return (
    <section className="narrow">
      <h1>Privacy</h1>
      <h2>What castlog stores</h2>
      <ul>
        <li>Your TMDB account id, which is how castlog recognises you.</li>
        <li>
          Your TMDB API Read Access Token, encrypted (AES-256-GCM). castlog
          decrypts it only on its server, at the moment it asks TMDB for
          something on your behalf. It is never sent to your browser (settings
          show its last four characters) and never written to logs.
        </li>
        <li>The seasons and series you track, and when you last visited.</li>
        <li>
          A session cookie that says who you are signed in as. It holds no
          token.
        </li>
        <li>
          <RateLimitCounts trustProxy={getEnv().TRUST_PROXY} />
        </li>
      </ul>
      <p>
        The credits castlog fetches are public data from TMDB and are kept as
        public history, whoever fetched them.
      </p>
      <h2>How to delete everything</h2>
      <p>
        In <Link href="/settings">settings</Link> you can delete your token
        (which also signs you out everywhere), sign out on every device, or
        delete your account: your token and tracking go at once. You can also
        revoke the token on TMDB itself, which castlog notices at its next use.
      </p>
    </section>
  );
}

/**
 * What the rate limits keep (lib/limits): a count per minute under a key
 * naming the action and whom it counts against. Which key an anonymous
 * visitor gets depends on whether a trusted proxy reports addresses.
 */
function RateLimitCounts({ trustProxy }: { trustProxy: boolean }) {
  return (
    <>
      To limit how often one visitor can make castlog ask TMDB for something or
      try to sign in, a count of those actions per minute. Signed in, it is kept
      under your castlog user id.{" "}
      {trustProxy ? (
        <>
          Otherwise it is kept under your IP address as the proxy in front of
          castlog reports it (for an IPv6 address, the /64 network it belongs
          to); sign-in attempts are always counted this way.
        </>
      ) : (
        <>
          Otherwise it is kept under one count that all visitors share: this
          server is not told visitors&apos; addresses, and stores none.
        </>
      )}{" "}
      Each count holds only that key, the minute and the number. Counts of past
      minutes are deleted when the next action is counted (each server deletes
      them at most once a minute): while visitors keep the site busy, a count
      lasts about two minutes at most; on a quiet site it waits for the next
      counted action.
    </>
  );
}
