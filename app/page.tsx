import Link from "next/link";

export default function HomePage() {
  return (
    <section>
      <h1>castlog</h1>
      <p>
        Who made each TV season, and how that changed over time. Open a season
        at <code>/tv/&lt;TMDB series id&gt;/season/&lt;number&gt;</code>, for
        example{" "}
        <Link href="/tv/93405-squid-game/season/2">Squid Game, season 2</Link>.
      </p>
    </section>
  );
}
