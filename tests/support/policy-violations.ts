import type { Page } from "playwright-core";

/**
 * Records every Content-Security-Policy violation a page reports, both
 * through `securitypolicyviolation` events (which carry the directive) and
 * through Chromium's console errors (which also cover blocked inline
 * scripts before any listener could run). Also records which requests to
 * other origins were attempted, and which of those CSP blocked.
 */
export class PolicyViolations {
  readonly reported: string[] = [];
  readonly requestedUrls: string[] = [];
  readonly blockedUrls: string[] = [];

  private constructor() {}

  static async watch(page: Page): Promise<PolicyViolations> {
    const watch = new PolicyViolations();
    await page.exposeFunction("reportPolicyViolation", (text: string) => {
      watch.reported.push(text);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as Record<string, unknown>)
          .reportPolicyViolation as (text: string) => void;
        report(`${event.effectiveDirective} blocked ${event.blockedURI}`);
      });
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) {
        watch.reported.push(message.text());
      }
    });
    page.on("request", (request) => watch.requestedUrls.push(request.url()));
    page.on("requestfailed", (request) => {
      if (request.failure()?.errorText.includes("BLOCKED_BY_CSP")) {
        watch.blockedUrls.push(request.url());
      }
    });
    return watch;
  }
}
