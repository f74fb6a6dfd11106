// Search that finds what researchers type, and paths one can read, on the seed article with
// ATOP alliances: "U.S." gives the United States first, with its kind; a shared path link
// restores From and To, zooms to the path and lists each hop with its evidence.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../client/src/render-probe.ts';
import type { TestServer } from '../support/server.ts';
import { startAtopServer } from './atop-server.ts';
import {
  launchChromium,
  openPage,
  screenshot,
  settle,
  type ExplorerPage,
} from './explorer-page.ts';

const SINGH = 'person:rajnath-singh';
const AUSTIN = 'person:lloyd-austin';

let server: TestServer;
let browser: Browser;
let explorer: ExplorerPage;
let page: Page;

beforeAll(async () => {
  server = await startAtopServer();
  browser = await launchChromium();
  explorer = await openPage(browser);
  page = explorer.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search and paths', () => {
  it('finds the United States first for "U.S.", under its kind', async () => {
    await settle(page, () => page.goto(server.url));
    await page.getByTestId('search').fill('U.S.');
    const suggestions = page.getByRole('listbox', { name: /Search/ });
    const first = suggestions.getByRole('option').first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/^United States of America/);
    const group = suggestions.getByRole('group').first();
    expect(await group.getAttribute('aria-label')).toBe('Country');
    await screenshot(page, 'search-01-us');
    // The United States is in view already: choosing it selects it, nothing new loads.
    await first.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('country:USA');
  });

  it('restores From and To from a shared path link, zooms to the path and lists its hops', async () => {
    // A fresh page, as a shared link opens (the probe's render count starts again).
    const fresh = await openPage(browser);
    page = fresh.page;
    await settle(page, () =>
      page.goto(`${server.url}/?countries=0&pathFrom=${SINGH}&pathTo=${AUSTIN}`),
    );
    const chosen = await page.locator('.chosen').allTextContents();
    expect(chosen).toEqual(['From: Rajnath Singh', 'To: Lloyd Austin']);
    const steps = page.getByTestId('path-steps').locator(':scope > li');
    const hops = Number(
      /Path of (\d+) hops?/.exec((await page.getByTestId('path-status').textContent()) ?? '')?.[1],
    );
    expect(hops).toBeGreaterThan(1);
    expect(await steps.count()).toBe(hops);
    expect(await steps.first().textContent()).toMatch(/^Rajnath Singh/);
    expect(await steps.last().getByRole('button').last().textContent()).toBe('Lloyd Austin');
    // Every hop names its evidence.
    for (let i = 0; i < hops; i += 1) {
      expect(await steps.nth(i).locator('.step-evidence cite').count()).toBe(1);
    }
    // Zoomed to the path: every node on it is inside the canvas.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = window.__entente!.cy!;
          const inside = (p: { x: number; y: number }) =>
            p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
          return cy
            .nodes('.on-path')
            .map((node) => node.renderedPosition())
            .every(inside);
        }),
      )
      .toBe(true);
    await page.getByTestId('path-steps').scrollIntoViewIfNeeded();
    await screenshot(page, 'path-01-steps');
    // A hop's relationship opens in the details panel.
    await steps.first().locator('.relation').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('edge')).not.toBeNull();
    expect(fresh.errors).toEqual([]);
  });

  it('raised no uncaught error in the page', () => {
    expect(explorer.errors).toEqual([]);
  });
});
