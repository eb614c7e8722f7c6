import { ErrorPage } from "@/app/components/error-page";

export default function NotFound() {
  return (
    <ErrorPage status="404 · Not found" title="Page not found">
      <p>
        There is no page at this address. castlog has pages for TV seasons,
        series and people, at addresses such as{" "}
        <code>/tv/&lt;TMDB series id&gt;/season/&lt;number&gt;</code>.
      </p>
    </ErrorPage>
  );
}
