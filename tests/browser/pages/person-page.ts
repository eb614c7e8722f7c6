import { SitePage } from "./site-page";

export type SeasonCard = {
  label: string;
  entries: string[];
  seen: string;
  left: string | null;
};

export type SeriesCard = { name: string; seasons: SeasonCard[] };

export type CoworkerCard = { name: string; count: string; seasons: string[] };

/** A person's page, as a reader sees it. */
export class PersonPage extends SitePage {
  /** Views a season page, which makes the site fetch and store it. */
  async visitSeason(path: string) {
    const response = await this.open(path);
    if (response?.status() !== 200) {
      throw new Error(`${path} answered ${response?.status()}`);
    }
  }

  tmdbLink() {
    return this.page
      .locator(".person-header a")
      .evaluate((a) => a.getAttribute("href"));
  }

  notice() {
    return this.page.locator(".notice").innerText();
  }

  series(): Promise<SeriesCard[]> {
    return this.page.locator(".person-series").evaluateAll((sections) =>
      sections.map((section) => ({
        name: section.querySelector("h2 > a")?.textContent ?? "",
        seasons: [...section.querySelectorAll(".person-season")].map((li) => ({
          label: li.querySelector("h3 > a")?.textContent ?? "",
          entries: [...li.querySelectorAll(".entry")].map(
            (entry) => (entry as HTMLElement).innerText,
          ),
          seen: li.querySelector(".seen")?.textContent ?? "",
          left: li.querySelector(":scope > .left-note")?.textContent ?? null,
        })),
      })),
    );
  }

  coworkers(): Promise<CoworkerCard[]> {
    return this.page
      .getByRole("list", { name: "Co-workers" })
      .locator(":scope > li")
      .evaluateAll((items) =>
        items.map((item) => ({
          name: item.querySelector(".name")?.textContent ?? "",
          count: item.querySelector(".count")?.textContent ?? "",
          seasons: [...item.querySelectorAll(".shared a")].map(
            (a) => a.textContent ?? "",
          ),
        })),
      );
  }

  /** Follows the link of a season in a series' credits. */
  async followSeason(seriesName: string, label: string) {
    await this.page
      .locator(".person-series", { hasText: seriesName })
      .getByRole("link", { name: label, exact: true })
      .click();
    await this.page.waitForURL((url) => url.pathname.includes("/season/"));
    await this.headingShown();
  }

  async followCoworker(name: string) {
    await this.page
      .getByRole("list", { name: "Co-workers" })
      .getByRole("link", { name, exact: true })
      .click();
    await this.page.getByRole("heading", { level: 1, name }).waitFor();
  }
}
