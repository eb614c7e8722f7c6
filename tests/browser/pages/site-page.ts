import type { Page } from "playwright-core";

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

  /** Waits for the heading of the page a click or a redirect led to. */
  protected async headingShown() {
    await this.mainHeading().waitFor();
  }

  private mainHeading() {
    return this.page.getByRole("heading", { level: 1 });
  }
}
