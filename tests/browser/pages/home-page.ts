import type { Locator, Page } from "playwright-core";

export type RecentChange = { season: string; summary: string };

/** The home page: its search and its lists, as a visitor sees them. */
export class HomePage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(path = "/") {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
  }

  path(): string {
    return new URL(this.page.url()).pathname;
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 }).innerText();
  }

  /** The recently changed seasons, newest first. */
  recentChanges(): Promise<RecentChange[]> {
    return this.page
      .getByRole("list", { name: "Recently changed seasons" })
      .locator(":scope > li")
      .evaluateAll((items) =>
        items.map((item) => ({
          season: item.querySelector("h3")?.textContent ?? "",
          summary: item.querySelector(".summary")?.textContent ?? "",
        })),
      );
  }

  /** Follows a recently changed season's "What changed" link. */
  async openChanges(season: string) {
    await this.follow(
      this.page.getByRole("link", { name: `What changed in ${season}` }),
    );
  }

  /** Types a query into the search box and submits it. */
  async search(query: string) {
    const form = this.page.getByRole("search");
    await form.getByLabel("Search series and people").fill(query);
    await this.follow(form.getByRole("button", { name: "Search" }));
    await this.page.getByRole("heading", { name: /^Results for/ }).waitFor();
  }

  /** The names listed under one list of results. */
  results(list: "Series on castlog" | "People on castlog" | "Series on TMDB") {
    return this.page
      .getByRole("list", { name: list })
      .locator(":scope > li")
      .allInnerTexts();
  }

  resultHref(list: string, name: string) {
    return this.page
      .getByRole("list", { name: list })
      .getByRole("link", { name, exact: true })
      .getAttribute("href");
  }

  /** Follows a result's link to its page. */
  async openResult(list: string, name: string) {
    await this.follow(
      this.page
        .getByRole("list", { name: list })
        .getByRole("link", { name, exact: true }),
    );
  }

  /** Follows the "add" link of a series TMDB found. */
  async addFromTmdb(name: string) {
    await this.follow(
      this.page.getByRole("link", { name: `Add ${name} to castlog` }),
    );
  }

  notices() {
    return this.page.locator(".notice").allInnerTexts();
  }

  private async follow(target: Locator) {
    const before = this.page.url();
    await target.click();
    await this.page.waitForURL((url) => url.toString() !== before);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
  }
}
