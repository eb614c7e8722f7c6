import { SitePage } from "./site-page";

export type SeasonEntry = { name: string; status: string };

/** The series page and the overlap page, as a reader sees them. */
export class SeriesPage extends SitePage {
  seasons(): Promise<SeasonEntry[]> {
    return this.page
      .getByRole("list", { name: "Seasons" })
      .locator(":scope > li")
      .evaluateAll((items) =>
        items.map((item) => ({
          name: item.querySelector("a")?.textContent ?? "",
          status: item.querySelector(".badge")?.textContent ?? "",
        })),
      );
  }

  /** Submits the fetch form and waits until the page no longer offers it. */
  async fetchMissingSeasons() {
    const button = this.page.getByRole("button", { name: /not stored yet/ });
    await button.click();
    await button.waitFor({ state: "detached" });
  }

  private matrix() {
    return this.page.getByRole("table", {
      name: "Episodes per season, by person",
    });
  }

  matrixHeadings() {
    return this.matrix().locator("thead th").allInnerTexts();
  }

  /** Names in the matrix, top to bottom. */
  matrixNames() {
    return this.matrix().locator("tbody th a:first-child").allInnerTexts();
  }

  /** The cells of a person's row after the name, as shown. */
  matrixRow(personId: number) {
    return this.matrix()
      .locator(`tbody tr[data-person="${personId}"] td`)
      .allInnerTexts();
  }

  async sortBy(heading: "Total" | "First season") {
    const sort = heading === "Total" ? "total" : "first";
    await this.matrix().getByRole("link", { name: heading }).click();
    await this.page.waitForURL((url) => url.searchParams.get("sort") === sort);
  }

  heatmap() {
    return this.page.getByRole("img", { name: /as a heatmap/ });
  }

  async compare(from: string, to: string) {
    await this.page
      .getByLabel("From", { exact: true })
      .selectOption({ label: from });
    await this.page
      .getByLabel("to", { exact: true })
      .selectOption({ label: to });
    await Promise.all([
      this.page.waitForURL((url) => url.searchParams.has("to_season")),
      this.page.getByRole("button", { name: "Compare" }).click(),
    ]);
  }

  /** Names listed under Stayed, Joined or Left. */
  changed(group: "Stayed" | "Joined" | "Left") {
    return this.page
      .getByRole("region", { name: group })
      .locator("li a")
      .allInnerTexts();
  }

  /** Clicks the first link of that name and waits for its address. */
  async followLink(name: string, path: string) {
    await this.page.getByRole("link", { name, exact: true }).first().click();
    await this.page.waitForURL((url) => url.pathname === path);
  }

  async findOverlapWith(seriesId: string) {
    await this.page.getByLabel("Another series (TMDB id)").fill(seriesId);
    await Promise.all([
      this.page.waitForURL((url) => url.pathname.endsWith("/overlap")),
      this.page.getByRole("button", { name: "Find people in both" }).click(),
    ]);
    await this.headingShown();
  }

  /** Names in the overlap table, top to bottom. */
  overlapNames() {
    return this.page
      .getByRole("table", { name: /credited in both/ })
      .locator("tbody th a:first-child")
      .allInnerTexts();
  }

  overlapRow(personId: number) {
    return this.page
      .locator(`.overlap tbody tr[data-person="${personId}"] td`)
      .allInnerTexts();
  }
}
