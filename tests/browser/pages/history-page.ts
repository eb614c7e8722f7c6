import { SitePage } from "./site-page";

export type VersionRow = { time: string; summary: string; counts: string };

/** A season's history page, as a reader sees it. */
export class HistoryPage extends SitePage {
  private versionItems() {
    return this.page
      .getByRole("list", { name: "Versions" })
      .locator(":scope > li");
  }

  /** The timeline, newest first. */
  versions(): Promise<VersionRow[]> {
    return this.versionItems().evaluateAll((items) =>
      items.map((item) => ({
        time: item.querySelector("h3")?.textContent ?? "",
        summary: item.querySelector(".summary")?.textContent ?? "",
        counts: item.querySelector(".counts")?.textContent ?? "",
      })),
    );
  }

  checksSummary() {
    return this.page
      .getByRole("heading", { name: "Checks without change" })
      .locator("xpath=following-sibling::p[1]")
      .innerText();
  }

  /** The chart's accessible name and the rows of its figures table. */
  async chart() {
    const image = this.page.getByRole("img", {
      name: "Changes per version over time",
    });
    const rows = this.page.locator(".chart-figures tbody tr");
    return {
      visible: await image.isVisible(),
      description: await image.locator("desc").textContent(),
      rows: await rows.count(),
    };
  }

  /** Opens the season as of the version at `index` (0 is the newest). */
  async openAsOf(index: number) {
    await this.versionItems()
      .nth(index)
      .getByRole("link", { name: "Open the season as of this version" })
      .click();
    await this.page.waitForURL(/as_of=/);
    await this.headingShown();
  }

  /** Follows the diff link of the version at `index` (0 is the newest). */
  async openDiff(index: number) {
    await this.versionItems()
      .nth(index)
      .getByRole("link", { name: /What changed|Everyone first stored/ })
      .click();
    await this.page.waitForURL(/\/diff/);
    await this.headingShown();
  }

  feedHref() {
    return this.page
      .getByRole("link", { name: "Atom feed" })
      .getAttribute("href");
  }
}
