import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadSeasonCredits } from "@/lib/credits/load";
import * as image from "@/app/tv/[series]/season/[season]/opengraph-image";
import { parseSeasonRoute } from "@/app/tv/[series]/season/[season]/route-params";
import {
  seasonMetadata,
  SeasonOutcome,
} from "@/app/tv/[series]/season/[season]/season-outcome";
import "@/app/styles/season.css";

// proxy.ts rewrites anonymous views of a fresh season page here, under a
// key that changes whenever the page may read differently, and refuses
// this address from outside. Rendered on the first such view and then
// kept, the page needs no database work and no TMDB request per view.
// Nothing here reads the request: the render must suit every visitor.
export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = {
  params: Promise<{ key: string; series: string; season: string }>;
};

const routeOf = (props: Props) =>
  parseSeasonRoute({ params: props.params, searchParams: Promise.resolve({}) });

/**
 * The season page's metadata. Its picture is named explicitly, because
 * Next only adds the one beside the page's own route.
 */
export async function generateMetadata(props: Props): Promise<Metadata> {
  const route = await routeOf(props);
  const metadata = await seasonMetadata(route);
  if (!route) return metadata;

  const { segment, seasonNumber } = route;
  const images = [
    {
      url: `/tv/${segment}/season/${seasonNumber}/opengraph-image`,
      width: image.size.width,
      height: image.size.height,
      alt: image.alt,
      type: image.contentType,
    },
  ];
  return {
    ...metadata,
    openGraph: { ...metadata.openGraph, images },
    twitter: { ...metadata.twitter, images },
  };
}

export default async function CachedSeasonPage(props: Props) {
  const route = await routeOf(props);
  if (!route) notFound();

  const result = await loadSeasonCredits(route, {});
  return <SeasonOutcome route={route} result={result} />;
}
