import type { Page } from "playwright-core";

export type Alternate = { hreflang: string; href: string };

/** What a page tells search engines and link previews in its head. */
export class PageHead {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(path: string) {
    const response = await this.page.goto(`${this.baseUrl}${path}`);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
    return response;
  }

  title() {
    return this.page.title();
  }

  /** The content of `<meta name=…>` or `<meta property=…>`; null if none. */
  async meta(key: string): Promise<string | null> {
    const tag = this.page.locator(
      `head meta[name="${key}"], head meta[property="${key}"]`,
    );
    if ((await tag.count()) === 0) return null;
    return tag.first().getAttribute("content");
  }

  async canonical(): Promise<string | null> {
    const link = this.page.locator('head link[rel="canonical"]');
    if ((await link.count()) === 0) return null;
    return link.getAttribute("href");
  }

  /** The hreflang alternates, in the order the page lists them. */
  alternates(): Promise<Alternate[]> {
    return this.page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => ({
          hreflang: link.getAttribute("hreflang") ?? "",
          href: link.getAttribute("href") ?? "",
        })),
      );
  }

  /** Every JSON-LD block of the page, parsed. */
  jsonLd(): Promise<Record<string, unknown>[]> {
    return this.page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) =>
        scripts.map((script) => JSON.parse(script.textContent ?? "null")),
      );
  }
}
