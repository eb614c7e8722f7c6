import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

// next-auth's own endpoints (session, csrf, credentials callback, sign-out),
// configured at request time so that the configuration is read at start-up
// rather than at build time.
async function handler(
  request: Request,
  context: { params: Promise<{ nextauth: string[] }> },
) {
  return NextAuth(getAuthOptions())(request, context);
}

export { handler as GET, handler as POST };
