import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/app/components/page-metadata";

// Rendered per request so that its canonical address follows SITE_URL as
// the server was started with, not as it was at build time.
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
