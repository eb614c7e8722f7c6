import { ImageResponse } from "next/og";
import { seasonNumberSchema, seriesSegmentSchema } from "@/lib/credits/params";
import { log } from "@/lib/log";
import { getSeasonCard, type SeasonCard } from "@/lib/seo";
import { seasonLabel } from "@/lib/series/season-label";

export const alt = "The series, season and leading cast of a castlog page";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// The picture follows the stored credits, and a season stored after a
// first request must not keep the fallback picture.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ series: string; season: string }> };

const frame = {
  width: "100%",
  height: "100%",
  display: "flex",
  flexDirection: "column",
  justifyContent: "space-between",
  padding: "64px 72px",
  background: "#14161a",
  color: "#f2f2f2",
  fontSize: 36,
} as const;

function Card({ card }: { card: SeasonCard | null }) {
  return (
    <div style={frame}>
      <div style={{ display: "flex", color: "#9aa3ad", fontSize: 32 }}>
        castlog · full cast &amp; crew
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        <div style={{ display: "flex", fontSize: 76 }}>
          {card ? card.seriesName : "Who made each TV season"}
        </div>
        {card && (
          <div style={{ display: "flex", fontSize: 48, color: "#f5c15b" }}>
            {seasonLabel(card.seasonNumber)}
          </div>
        )}
      </div>
      <div style={{ display: "flex", color: "#c9ced4" }}>
        {card && card.leadingCast.length > 0
          ? `With ${card.leadingCast.join(", ")}`
          : "Credits from TMDB, and how they changed over time"}
      </div>
    </div>
  );
}

/** What castlog stored of the season; null when it stored nothing. */
async function readCard(props: Props): Promise<SeasonCard | null> {
  const params = await props.params;
  const series = seriesSegmentSchema.safeParse(params.series);
  const season = seasonNumberSchema.safeParse(params.season);
  if (!series.success || !season.success) return null;

  try {
    return await getSeasonCard(series.data.id, season.data);
  } catch (error) {
    // A shared link still gets a picture, without the season's names.
    log.error({ err: String(error) }, "season card could not be read");
    return null;
  }
}

/**
 * The picture shown with a shared link to a season: text only, from the
 * stored credits. It never asks TMDB, and answers the plain castlog
 * picture for a season that is not stored.
 */
export default async function SeasonImage(props: Props) {
  return new ImageResponse(<Card card={await readCard(props)} />, size);
}
