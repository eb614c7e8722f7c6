import type { Locator } from "playwright-core";
import { SitePage } from "./site-page";

export type CastCard = { name: string; roles: string[] };

export type PersonLinks = { name: string; person: string; tmdb: string };

const hrefOf = (link: Locator) => link.getAttribute("href");

/** The season credits page, as a reader sees it. */
export class SeasonPage extends SitePage {
  updatedText() {
    return this.page.locator(".meta").first().innerText();
  }

  async cast(): Promise<CastCard[]> {
    const cards = this.page
      .getByRole("list", { name: "Cast" })
      .locator(":scope > li");
    return cards.evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector(".name > a")?.textContent ?? "",
        roles: [...item.querySelectorAll("ul > li")].map(
          (li) => li.textContent ?? "",
        ),
      })),
    );
  }

  /** Every crew entry, shown or folded away. */
  crewEntries() {
    return this.page
      .locator(".department .people > li, .department .people-compact > li")
      .count();
  }

  /** The index of departments: each link's text and target. */
  departmentIndex() {
    return this.page
      .getByRole("navigation", { name: "Departments" })
      .getByRole("link")
      .evaluateAll((links) =>
        links.map((link) => ({
          text: link.textContent ?? "",
          href: link.getAttribute("href") ?? "",
        })),
      );
  }

  private department(name: string) {
    return this.page.getByRole("region", { name: new RegExp(`^${name} \\(`) });
  }

  /** A department's entries, and whether each is visible now. */
  departmentEntries(name: string) {
    return this.department(name)
      .locator(".people > li, .people-compact > li")
      .evaluateAll((items) =>
        items.map((item) => ({
          text: item.textContent ?? "",
          visible: item.checkVisibility(),
        })),
      );
  }

  /** The fold of a department's later entries: its summary and state. */
  async departmentFold(name: string) {
    const fold = this.department(name).locator("details");
    return {
      summary: await fold.locator("summary").innerText(),
      open: await fold.evaluate(
        (details) => (details as HTMLDetailsElement).open,
      ),
    };
  }

  async showAll(name: string) {
    await this.department(name).locator("summary").click();
  }

  /** Every cast and crew entry's text, shown or folded away. */
  allEntries() {
    return this.page
      .locator(
        '[aria-label="Cast"] > li, .people-compact > li, .department .people > li',
      )
      .allTextContents();
  }

  /** Types into the filter and submits it as a keyboard user would. */
  async filterBy(text: string) {
    const from = this.page.url();
    await this.page.getByLabel("Filter cast and crew").fill(text);
    await this.page.getByLabel("Filter cast and crew").press("Enter");
    await this.page.waitForURL((url) => url.href !== from);
  }

  /**
   * Asks for the season in a language by its code, through the folded
   * form. Resolves to whether the browser sent the form: it refuses a
   * malformed code itself.
   */
  async askForLanguage(code: string): Promise<boolean> {
    const from = this.page.url();
    const languages = this.page.getByRole("navigation", { name: "Languages" });
    const fold = languages.locator("details");
    if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await fold.getByText("Another language", { exact: true }).click();
    }
    const field = languages.getByLabel("Language code");
    await field.fill(code);
    if (
      !(await field.evaluate((input) =>
        (input as HTMLInputElement).checkValidity(),
      ))
    ) {
      return false;
    }
    await languages.getByRole("button", { name: "Show" }).click();
    await this.page.waitForURL((url) => url.href !== from);
    await this.headingShown();
    return true;
  }

  filterStatus() {
    return this.page.locator(".filter-status").innerText();
  }

  clearFilterLink() {
    return hrefOf(this.page.getByRole("link", { name: "Clear filter" }));
  }

  departments() {
    return this.page.locator(".department h3").allInnerTexts();
  }

  images() {
    return this.page.locator(".person img").evaluateAll((imgs) =>
      imgs.map((img) => ({
        src: img.getAttribute("src"),
        srcset: img.getAttribute("srcset"),
        loading: img.getAttribute("loading"),
        width: img.getAttribute("width"),
        height: img.getAttribute("height"),
      })),
    );
  }

  placeholders() {
    return this.page.locator(".person .placeholder").count();
  }

  footer() {
    return this.page.locator("footer").innerText();
  }

  private seasonsNav() {
    return this.page.getByRole("navigation", { name: "Seasons" });
  }

  /** The previous and next season links, null where there is none. */
  async neighbours() {
    const describe = async (rel: string) => {
      const link = this.seasonsNav().locator(`a[rel="${rel}"]`);
      if ((await link.count()) === 0) return null;
      return { text: await link.innerText(), href: await hrefOf(link) };
    };
    return { previous: await describe("prev"), next: await describe("next") };
  }

  seriesLink() {
    return hrefOf(
      this.seasonsNav().getByRole("link", { name: /^All seasons/ }),
    );
  }

  /** The href of a link in the season's own navigation, by its text. */
  seasonLink(name: string | RegExp) {
    return hrefOf(
      this.page
        .getByRole("navigation", { name: "This season" })
        .getByRole("link", { name }),
    );
  }

  feedAlternate() {
    return hrefOf(
      this.page.locator(
        'head link[rel="alternate"][type="application/atom+xml"]',
      ),
    );
  }

  robots() {
    return this.page
      .locator('head meta[name="robots"]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute("content")));
  }

  /** Every cast or crew entry's castlog and TMDB links, in page order. */
  personLinks(list: "cast" | "crew"): Promise<PersonLinks[]> {
    const scope =
      list === "cast"
        ? this.page.getByRole("list", { name: "Cast" })
        : this.page.locator(".department");
    return scope.locator(".name").evaluateAll((names) =>
      names.map((name) => {
        const [person, tmdb] = name.querySelectorAll("a");
        return {
          name: person?.textContent ?? "",
          person: person?.getAttribute("href") ?? "",
          tmdb: tmdb?.getAttribute("href") ?? "",
        };
      }),
    );
  }

  async exportLinks() {
    const exports = this.page.locator(".exports");
    return {
      json: await hrefOf(exports.getByRole("link", { name: "JSON" })),
      csv: await hrefOf(exports.getByRole("link", { name: "CSV" })),
    };
  }

  /** The episode-count picture as assistive technology presents it. */
  async episodeBars() {
    const picture = this.page.getByRole("img", {
      name: "Episodes per cast member",
    });
    const descriptionId = await picture.getAttribute("aria-describedby");
    return {
      description: await this.page
        .locator(`[id="${descriptionId}"]`)
        .textContent(),
      bars: await picture.locator("rect").count(),
      caption: await this.page.locator(".episode-bars figcaption").innerText(),
    };
  }

  /** Clicks a link by its exact text and waits for the page it opens. */
  async followLink(name: string) {
    const from = this.page.url();
    await this.page.getByRole("link", { name, exact: true }).first().click();
    await this.page.waitForURL((url) => url.href !== from);
    await this.headingShown();
  }
}
