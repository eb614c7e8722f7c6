import type { Locator } from "playwright-core";
import { SitePage } from "./site-page";

/** The sign-in page, the dashboard and settings, as a signed-in user sees them. */
export class DashboardPage extends SitePage {
  /** Signs in through the form and lands on the dashboard. */
  async signIn(token: string) {
    await this.page.goto(`${this.baseUrl}/signin?next=/dashboard`);
    await this.page.getByLabel("API Read Access Token").fill(token);
    await this.submit(this.page.getByRole("button", { name: "Sign in" }));
  }

  /** Opens the dashboard, or the sign-in page it sends a visitor to. */
  override open(path = "/dashboard") {
    return super.open(path);
  }

  /** The warning that the stored token no longer works. */
  tokenWarning() {
    return this.page
      .getByRole("alert")
      .filter({ hasText: "token" })
      .first()
      .innerText();
  }

  settingsLinkInWarning() {
    return this.page
      .getByRole("alert")
      .filter({ hasText: "no longer accepts" })
      .getByRole("link")
      .getAttribute("href");
  }

  /** Fills in the add form with a series and season, and submits it. */
  async addSeason(seriesId: number, seasonNumber: number) {
    const form = this.page.getByRole("form", { name: "Add by TMDB id" });
    await form.getByLabel("Series id").fill(String(seriesId));
    await form.getByLabel("Season").fill(String(seasonNumber));
    await this.submit(form.getByRole("button", { name: "Track" }));
  }

  /** The row of a tracked season, by the name it is listed under. */
  row(name: string): Locator {
    return this.page
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name }) });
  }

  /** The row's cells after the name: checked, changed, what changed. */
  cells(name: string) {
    return this.row(name).getByRole("cell").allInnerTexts();
  }

  changesLink(name: string) {
    return this.row(name).locator("a.changes").getAttribute("href");
  }

  async refreshNow(name: string) {
    await this.submit(
      this.row(name).getByRole("button", { name: "Refresh now" }),
    );
  }

  /** Opens settings from the dashboard and signs out there. */
  async signOutFromSettings() {
    await this.page
      .getByRole("link", { name: "Settings", exact: true })
      .click();
    await this.page.waitForURL((url) => url.pathname === "/settings");
    await this.submit(
      this.page.getByRole("button", { name: "Sign out", exact: true }),
    );
  }

  /** Clicks a submit button and waits for the page it leads to. */
  private async submit(button: Locator) {
    const before = this.page.url();
    await button.click();
    await this.page.waitForURL((url) => url.toString() !== before);
    await this.headingShown();
  }
}
