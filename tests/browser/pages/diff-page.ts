import { SitePage } from "./site-page";

export type ChangeGroup = { heading: string; items: string[] };

/** The diff between two versions of a season. */
export class DiffPage extends SitePage {
  summary() {
    return this.page.locator(".history > .summary").innerText();
  }

  /** Each kind of change with its people, in page order. */
  groups(): Promise<ChangeGroup[]> {
    return this.page.locator(".diff-group").evaluateAll((sections) =>
      sections.map((section) => ({
        heading: section.querySelector("h2")?.textContent ?? "",
        items: [...section.querySelectorAll("li")].map(
          (li) =>
            `${li.querySelector(".name")?.textContent}: ` +
            `${li.querySelector(".change")?.textContent}`,
        ),
      })),
    );
  }

  /** The version times offered by the form, newest first. */
  options(name: "from" | "to") {
    return this.page
      .locator(`select[name="${name}"] option`)
      .evaluateAll((options) =>
        options
          .map((o) => (o as HTMLOptionElement).value)
          .filter((value) => value !== ""),
      );
  }

  /** Chooses two versions by their times and submits the form. */
  async compare(from: string, to: string) {
    await this.page.getByLabel("From", { exact: true }).selectOption(from);
    await this.page.getByLabel("To", { exact: true }).selectOption(to);
    await this.page.getByRole("button", { name: "Compare" }).click();
    await this.page.waitForURL(/from=/);
    await this.headingShown();
  }

  /** Follows a changed person's name to their page. */
  async openPerson(name: string) {
    await this.page
      .locator(".diff-group")
      .getByRole("link", { name, exact: true })
      .first()
      .click();
    await this.page.waitForURL((url) => url.pathname.startsWith("/person/"));
    await this.headingShown();
  }

  exportHref(format: "JSON" | "CSV") {
    return this.page
      .getByRole("link", { name: `Download as ${format}` })
      .getAttribute("href");
  }
}
