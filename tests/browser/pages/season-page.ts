import type { Page } from "playwright-core";

export type CastCard = { name: string; roles: string[] };

/** The season credits page, as a reader sees it. */
export class SeasonPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(path: string) {
    const response = await this.page.goto(`${this.baseUrl}${path}`);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
    return response;
  }

  path(): string {
    return new URL(this.page.url()).pathname;
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 }).innerText();
  }

  updatedText() {
    return this.page.locator(".meta").first().innerText();
  }

  async cast(): Promise<CastCard[]> {
    const cards = this.page
      .getByRole("list", { name: "Cast" })
      .locator(":scope > li");
    return cards.evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector(".name")?.textContent ?? "",
        roles: [...item.querySelectorAll("ul > li")].map(
          (li) => li.textContent ?? "",
        ),
      })),
    );
  }

  crewEntries() {
    return this.page.locator(".department .people > li").count();
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
}
