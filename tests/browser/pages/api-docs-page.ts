import type { Page } from "playwright-core";

export type ApiExample = { url: string; answer: string };

/** The API documentation page and its example links. */
export class ApiDocsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open() {
    await this.page.goto(`${this.baseUrl}/docs/api`);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 }).innerText();
  }

  /** Every example link, with the answer the page says it gives. */
  examples(): Promise<ApiExample[]> {
    return this.page.locator("ul.examples > li").evaluateAll((items) =>
      items.map((item) => ({
        url: item.querySelector("a")?.getAttribute("href") ?? "",
        answer: item.querySelector(".answer")?.textContent ?? "",
      })),
    );
  }
}
