import type { SeasonCredits } from "@/lib/credits/load";
import { seasonApiPath } from "@/lib/urls";

/**
 * Downloads of the version on the page. The links name its snapshot's
 * time, so they keep giving the same version after newer ones arrive.
 */
export function ExportLinks({ data }: { data: SeasonCredits }) {
  const { seriesId, seasonNumber, language } = data.key;
  const params = { language, as_of: data.snapshot.fetchedAt.toISOString() };

  return (
    <p className="exports">
      Download this version:{" "}
      <a download href={seasonApiPath(seriesId, seasonNumber, params)}>
        JSON
      </a>
      {" · "}
      <a
        download
        href={seasonApiPath(seriesId, seasonNumber, {
          ...params,
          format: "csv",
        })}
      >
        CSV
      </a>
    </p>
  );
}
