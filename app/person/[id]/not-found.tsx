import { ErrorPage } from "@/app/components/error-page";

export default function PersonNotFound() {
  return (
    <ErrorPage
      status="404 · Not found"
      title="castlog has no record of this person"
    >
      <p>
        castlog only knows the people credited in the seasons it has stored.
        Open a season they worked on and their page will appear here.
      </p>
    </ErrorPage>
  );
}
