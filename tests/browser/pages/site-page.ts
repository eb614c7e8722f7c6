import type { Page } from "playwright-core";

/** A link of the language switch, with what it tells browsers. */
export type LanguageLink = {
  name: string;
  href: string;
  hreflang: string;
  lang: string;
  /** "page" on the language shown now, else null. */
  current: string | null;
};

/**
 * What every page object shares: opening a path of the site, where the
 * browser is now, and the page's main heading and notices.
 */
export class SitePage {
  constructor(
    protected readonly page: Page,
    protected readonly baseUrl: string,
  ) {}

  /** Opens a path of the site and waits until its heading is shown. */
  async open(path: string) {
    const response = await this.page.goto(`${this.baseUrl}${path}`);
    await this.headingShown();
    return response;
  }

  path(): string {
    return new URL(this.page.url()).pathname;
  }

  search(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  heading() {
    return this.mainHeading().innerText();
  }

  notices() {
    return this.page.locator(".notice").allInnerTexts();
  }

  private languageSwitch() {
    return this.page.getByRole("navigation", { name: "Languages" });
  }

  /** The languages the page offers itself in, as its links say them. */
  languages(): Promise<LanguageLink[]> {
    return this.languageSwitch()
      .getByRole("link")
      .evaluateAll((links) =>
        links.map((link) => ({
          name: link.textContent ?? "",
          href: link.getAttribute("href") ?? "",
          hreflang: link.getAttribute("hreflang") ?? "",
          lang: link.getAttribute("lang") ?? "",
          current: link.getAttribute("aria-current"),
        })),
      );
  }

  /** Follows the link to this page in another language, by its name. */
  async switchLanguage(name: string) {
    const from = this.page.url();
    await this.languageSwitch()
      .getByRole("link", { name, exact: true })
      .click();
    await this.page.waitForURL((url) => url.href !== from);
    await this.headingShown();
  }

  /** Waits for the heading of the page a click or a redirect led to. */
  protected async headingShown() {
    await this.mainHeading().waitFor();
  }

  private mainHeading() {
    return this.page.getByRole("heading", { level: 1 });
  }
}
