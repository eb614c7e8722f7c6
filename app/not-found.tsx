import Link from "next/link";

export default function NotFound() {
  return (
    <section className="error-page">
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link href="/">Back to castlog</Link>
      </p>
    </section>
  );
}
