// The dyad panel on a real time axis, on the seed article with ATOP alliances: counts and the
// Goldstein sum per year, the first and last dated fact, and a node it opens left in sight.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../client/src/render-probe.ts';
import type { TestServer } from '../support/server.ts';
import { startAtopServer } from './atop-server.ts';
import {
  launchChromium,
  nodePoint,
  openPage,
  screenshot,
  settle,
  type ExplorerPage,
} from './explorer-page.ts';

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

describe('the dyad panel', () => {
  it('shows Japan–United States on a year axis from 1951, with the Goldstein sum per year', async () => {
    await settle(page, () => page.goto(`${server.url}/?dyad=JPN,USA`));
    const panel = page.getByTestId('dyad-panel');
    await panel.getByTestId('dyad-summary').waitFor();
    const summary = await panel.getByTestId('dyad-summary').textContent();
    // The 1951 security treaty (ATOP 3220) is the first dated fact; the 2022 talks the last.
    expect(summary).toMatch(/^1951-09-08 – 2022/);
    const years = await panel.locator('.dyad-chart .year').count();
    // Every year from 1951 on (the alliance in force to this day), so the axis is even.
    expect(years).toBeGreaterThanOrEqual(2022 - 1951 + 1);
    expect(await panel.locator('.dyad-chart .year-label').first().textContent()).toBe('1951');
    expect(await panel.getByTestId('goldstein').locator('.g-bar').count()).toBe(years);
    expect(await panel.locator('.g-bar.cooperation[style*="height: 50%"]').count()).toBe(1);
    // Under the canvas, not over it.
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    const drawer = (await panel.boundingBox())!;
    expect(canvas.y + canvas.height).toBeLessThanOrEqual(drawer.y + 1);
    await screenshot(page, 'dyad-01-time-axis');
  });

  it('opens an event in the graph where it can be seen', async () => {
    const panel = page.getByTestId('dyad-panel');
    const event = panel.locator('.dyad-lists li button').last();
    await settle(page, () => event.click());
    const id = new URL(page.url()).searchParams.get('node')!;
    expect(id).toBeTruthy();
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    await expect
      .poll(async () => {
        const { x, y } = await nodePoint(page, id);
        return (
          x > canvas.x &&
          x < canvas.x + canvas.width &&
          y > canvas.y &&
          y < canvas.y + canvas.height
        );
      })
      .toBe(true);
  });

  it('raised no uncaught error in the page', () => {
    expect(explorer.errors).toEqual([]);
  });
});
