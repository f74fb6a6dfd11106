// The Content-Security-Policy on the pages we serve, in real Chromium: the explorer draws its
// graph and GraphiQL runs a query with no violation reported. (The explorer test drives every
// other feature under the same policy.)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../client/src/render-probe.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { launchChromium, nodeIds, openPage, screenshot, settle } from './explorer-page.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page that records every CSP violation the browser reports. */
async function watchedPage() {
  const { page, errors } = await openPage(browser);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation(text: string): void }).__cspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return { page, errors, violations };
}

describe('the Content-Security-Policy in Chromium', () => {
  it('lets the explorer draw the country network with no violation', async () => {
    const { page, errors, violations } = await watchedPage();
    const response = await page.goto(server.url);
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await settle(page, () => page.reload());
    expect(await nodeIds(page)).toContain('country:JPN');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets GraphiQL load and run a query with no violation', async () => {
    const { page, errors, violations } = await watchedPage();
    const response = await page.goto(`${server.url}/graphql`);
    expect(response!.headers()['content-type']).toMatch(/text\/html/);
    await page.locator('.graphiql-container').first().waitFor({ timeout: 45_000 });
    await page.locator('.graphiql-execute-button').first().click();
    await expect
      .poll(() => page.locator('.graphiql-response').first().textContent(), { timeout: 45_000 })
      .toMatch(/"data"/);
    await screenshot(page, 'csp-graphiql');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
