import { SitePage } from "./site-page";

/** The page the site shows for every address while it is unavailable. */
export class UnavailablePage extends SitePage {
  /** Follows the page's own "reload" link. */
  async reload() {
    const link = this.page.getByRole("link", { name: "reload this page" });
    const loaded = this.page.waitForResponse(
      (response) => response.request().resourceType() === "document",
    );
    await link.click();
    await loaded;
    await this.page.waitForLoadState("load");
    await this.headingShown();
  }

  waysBack() {
    return this.page
      .getByRole("navigation", { name: "Ways back" })
      .getByRole("link")
      .allInnerTexts();
  }
}
