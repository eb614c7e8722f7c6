import type { Metadata } from "next";
import { DatabaseUnavailable } from "@/app/components/unavailable";

// Rendered once at build time. The proxy fetches it during a database
// outage and serves it, with a 503, in place of every page; asked for
// directly, it is a 404 (see lib/outage).
export const metadata: Metadata = { title: "Unavailable" };

export default function UnavailablePage() {
  return <DatabaseUnavailable />;
}
