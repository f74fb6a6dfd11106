// The first screen of a new user, in real Chromium: the database filled as `npm start` fills an
// empty one (server/prepare-data.ts: the seed article and the shipped starter set), the explorer
// opened with no state in its URL. It shows the starter's country network and a note of what
// to do, which the user can dismiss for good. Screenshot: test-results/e2e/first-screen.png.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../client/src/render-probe.ts';
import { prepareData } from '../../server/prepare-data.ts';
import { useTestDatabase } from '../support/database.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import {
  edgeCount,
  launchChromium,
  nodeIds,
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
  server = await startTestServer({ seed: false });
  const db = await useTestDatabase();
  try {
    await prepareData(db, () => {});
  } finally {
    await db.close();
  }
  browser = await launchChromium();
  explorer = await openPage(browser);
  page = explorer.page;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the first screen', () => {
  it("is the starter set's country network, with a note of what to do", async () => {
    await settle(page, () => page.goto(server.url));
    const ids = await nodeIds(page);
    // The seed article alone drew three countries; ATOP and GDELT link a hundred and more.
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.every((id) => id.startsWith('country:'))).toBe(true);
    expect(ids).toEqual(expect.arrayContaining(['country:USA', 'country:JPN', 'country:GBR']));
    expect(await edgeCount(page)).toBe(500); // the network's default number of edges
    const hint = page.getByTestId('first-hint');
    await expect.poll(() => hint.isVisible()).toBe(true);
    const text = (await hint.textContent()) ?? '';
    for (const step of ['Search', 'Click', 'Double-click', 'Dates']) expect(text).toContain(step);
    await screenshot(page, 'first-screen');
  });

  it('keeps the note dismissed once dismissed, and never shows it on a shared view', async () => {
    await page.getByTestId('first-hint-dismiss').click();
    expect(await page.getByTestId('first-hint').count()).toBe(0);
    // A reload starts the page's render count again: wait for its first view.
    await page.reload();
    await page.waitForFunction(() => (window.__entente?.renders.length ?? 0) > 0);
    expect(await page.getByTestId('first-hint').count()).toBe(0);

    const other = await openPage(browser); // a new context: nothing dismissed there
    try {
      await settle(other.page, () => other.page.goto(`${server.url}/?dyad=JPN,USA`));
      expect(await other.page.getByTestId('first-hint').count()).toBe(0);
      expect(other.errors).toEqual([]);
    } finally {
      await other.page.context().close();
    }
  });

  it('raised no uncaught error in the page', () => {
    expect(explorer.errors).toEqual([]);
  });
});
