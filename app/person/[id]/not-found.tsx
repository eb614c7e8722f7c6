import Link from "next/link";

export default function PersonNotFound() {
  return (
    <section className="error-page">
      <h1>castlog has no record of this person</h1>
      <p>
        castlog only knows the people credited in the seasons it has stored.
        Open a season they worked on and their page will appear here.
      </p>
      <p>
        <Link href="/">Back to castlog</Link>
      </p>
    </section>
  );
}
