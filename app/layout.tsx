import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getEnv } from "@/lib/env";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { default: "castlog", template: "%s · castlog" },
    description: "Who made each TV season, and how that changed over time.",
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            castlog
          </Link>
          {/* The same links for everyone, so that no page depends on
              who is signed in; the dashboard sends visitors to sign in. */}
          <nav aria-label="Site" className="site-nav">
            <Link href="/dashboard" prefetch={false}>
              Dashboard
            </Link>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            This product uses the TMDB API but is not endorsed or certified by
            TMDB. Credits data and images come from{" "}
            <a href="https://www.themoviedb.org/">The Movie Database</a>.
          </p>
          <p>
            <Link href="/">Home and search</Link> ·{" "}
            <Link href="/docs/api">JSON API</Link>
          </p>
        </footer>
      </body>
    </html>
  );
}
