// Time in the explorer, on the seed article with ATOP alliances (1815 to 2022): the slider spans
// everything loaded, a shared 1930s link shows the 1930s network under a slider that says so,
// undated facts are counted and can be left out, and an aggregated edge gives the true first and
// last dates of what it sums. Screenshots go to test-results/e2e/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../client/src/render-probe.ts';
import type { TestServer } from '../support/server.ts';
import { startAtopServer } from './atop-server.ts';
import {
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
  server = await startAtopServer();
  browser = await launchChromium();
  explorer = await openPage(browser);
  page = explorer.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The aggregated edges on the canvas with their first and last dates. */
const dyadEdges = (p: Page) =>
  p.evaluate(() =>
    window
      .__entente!.cy!.edges('[type = "DYAD"]')
      .map((edge) => edge.id())
      .sort(),
  );

describe('time in the explorer, with ATOP loaded', () => {
  it('opens a 1930s link on the 1930s network, under a slider reading 1930 – 1939', async () => {
    await settle(page, () => page.goto(`${server.url}/?from=1930&to=1939`));
    await expect.poll(() => page.getByTestId('date-reading').textContent()).toBe('1930 – 1939');
    const caption = await page.getByTestId('timeline-caption').textContent();
    // Everything loaded: ATOP's first alliance (1815) to the current year, by year.
    expect(caption).toBe(`1815 – ${new Date().getUTCFullYear()}, facts per year`);
    expect(await page.getByTestId('date-from').getAttribute('aria-valuetext')).toBe('1930');
    expect(await page.getByTestId('date-to').getAttribute('aria-valuetext')).toBe('1939');
    const ids = await nodeIds(page);
    for (const id of ['country:DEU', 'country:FRA', 'country:RUS', 'country:GBR', 'country:POL'])
      expect(ids).toContain(id);
    const edges = await dyadEdges(page);
    expect(edges).toContain('country:DEU|DYAD|country:POL');
    await screenshot(page, 'time-01-1930s-network');
  });

  it('counts the undated facts and leaves them out on request', async () => {
    const undated = page.getByTestId('undated');
    expect(await undated.textContent()).toMatch(/Undated: 3 events, 5 agreements\./);
    const before = await dyadEdges(page);
    expect(before).toContain('country:CHN|DYAD|country:JPN'); // undated seed facts only
    await settle(page, () => undated.getByRole('checkbox').uncheck());
    expect(new URL(page.url()).searchParams.get('undated')).toBe('exclude');
    const after = await dyadEdges(page);
    expect(after).not.toContain('country:CHN|DYAD|country:JPN');
    // The 1951 and 1960 US–Japan alliances are out of range; the seed's 2022 talks too.
    expect(after).not.toContain('country:JPN|DYAD|country:USA');
    expect(after).toContain('country:DEU|DYAD|country:POL');
  });

  it('gives an aggregated edge its true first and last dates, its counts and links to its agreements', async () => {
    const edge = 'country:FRA|DYAD|country:RUS';
    // Selecting loads nothing new, so there is no new render to wait for.
    await page.evaluate((id) => {
      window.__entente!.cy!.getElementById(id).emit('tap');
    }, edge);
    await expect.poll(() => new URL(page.url()).searchParams.get('edge')).toBe(edge);
    const details = page.getByTestId('details-panel');
    expect(await details.getByTestId('dyad-edge-ends').textContent()).toBe('France — Russia');
    expect(await details.getByTestId('dyad-edge-period').textContent()).toBe(
      '1932-11-29 – 1939-09-03',
    );
    const counts = await details.getByTestId('dyad-edge-counts').textContent();
    expect(counts).toContain('Agreements2');
    // The two ATOP sources are one source: listed once.
    expect(await details.getByTestId('evidence').count()).toBe(1);
    await screenshot(page, 'time-02-aggregated-edge');
    await settle(page, () => details.getByRole('button', { name: 'agreement:atop:2300' }).click());
    expect(new URL(page.url()).searchParams.get('node')).toBe('agreement:atop:2300');
    expect(await nodeIds(page)).toContain('agreement:atop:2300');
  });

  it('steps and plays the network year by year, the URL keeping the period', async () => {
    // A fresh page, as a shared link opens (the probe's render count starts again).
    const fresh = await openPage(browser);
    page = fresh.page;
    await settle(page, () => page.goto(`${server.url}/?from=1936&to=1936-12-31&undated=exclude`));
    expect(await page.getByTestId('playback-period').textContent()).toBe('1936');
    const in1936 = await dyadEdges(page);
    expect(in1936).toContain('country:DEU|DYAD|country:JPN'); // the Anti-Comintern pact
    expect(in1936).not.toContain('country:GBR|DYAD|country:POL'); // signed in 1939
    await settle(page, () => page.getByRole('button', { name: 'Next year' }).click());
    expect(new URL(page.url()).searchParams.get('from')).toBe('1937');
    expect(new URL(page.url()).searchParams.get('to')).toBe('1937-12-31');
    expect(await page.getByTestId('date-reading').textContent()).toBe('1937');
    await page.getByTestId('play').click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 40_000, interval: 200 })
      .toBe('1939');
    await page.getByTestId('play').click(); // pause
    await page.waitForFunction(
      () => document.querySelector('main')?.getAttribute('data-state') === 'ready',
    );
    const period = new URL(page.url()).searchParams.get('from');
    expect(await page.getByTestId('playback-period').textContent()).toBe(period);
    if (period === '1939') expect(await dyadEdges(page)).toContain('country:GBR|DYAD|country:POL');
    await screenshot(page, 'time-03-playback');
    await settle(page, () => page.goBack());
    expect(Number(new URL(page.url()).searchParams.get('from'))).toBeLessThan(Number(period));
    expect(fresh.errors).toEqual([]);
  });

  it('raised no uncaught error in the page', () => {
    expect(explorer.errors).toEqual([]);
  });
});
