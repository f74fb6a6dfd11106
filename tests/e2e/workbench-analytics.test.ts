// Analytics and the table of the view, on the seed article with ATOP alliances: Louvain
// communities as colours with a legend saying so, size by betweenness, and the view's nodes as
// rows sorted by betweenness, filtered, selected with the canvas, downloaded as CSV.
import fs from 'node:fs';
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

interface Drawn {
  id: string;
  label: string;
  community: number;
  colour: string;
  betweenness: number;
  size: number;
}

const drawn = (p: Page): Promise<Drawn[]> =>
  p.evaluate(() =>
    window.__entente!.cy!.nodes().map((node) => ({
      id: node.id(),
      label: node.data('label') as string,
      community: node.data('community') as number,
      colour: node.data('colour') as string,
      betweenness: node.data('betweenness') as number,
      size: node.data('size') as number,
    })),
  );

describe('analytics and the table of the view', () => {
  it('colours the network by Louvain community and sizes it by betweenness, and the legend says so', async () => {
    await settle(page, () => page.goto(`${server.url}/?colour=community&size=betweenness`));
    const nodes = await drawn(page);
    expect(nodes.length).toBeGreaterThan(10);
    const communities = new Set(nodes.map((node) => node.community));
    expect(communities.size).toBeGreaterThan(1);
    // One colour per community.
    for (const community of communities) {
      const colours = new Set(nodes.filter((n) => n.community === community).map((n) => n.colour));
      expect(colours.size).toBe(1);
    }
    // The Anti-Comintern pact's members (all linked to each other) share a community.
    const of = (id: string) => nodes.find((node) => node.id === id)!.community;
    expect(of('country:ITA')).toBe(of('country:HUN'));
    expect(of('country:ESP')).toBe(of('country:HUN'));
    const central = nodes.reduce((a, b) => (b.betweenness > a.betweenness ? b : a));
    expect(central.size).toBe(Math.max(...nodes.map((node) => node.size)));
    const legend = await page.getByTestId('community-legend').textContent();
    expect(legend).toContain(`Colour: Louvain community (${communities.size} in view)`);
    expect(legend).toContain('Node size: betweenness in this view.');
    await screenshot(page, 'analytics-01-communities');
  });

  it('lists the view’s nodes in a table sorted by betweenness, biggest first', async () => {
    await page.getByRole('checkbox', { name: 'Table of the view' }).check();
    const table = page.getByTestId('view-table');
    await table.waitFor();
    await table.getByRole('button', { name: 'Betweenness' }).click();
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain(
      'Betweenness',
    );
    const nodes = await drawn(page);
    const best = [...nodes].sort((a, b) => b.betweenness - a.betweenness)[0]!;
    const firstRow = table.locator('tbody tr').first();
    expect(await firstRow.getAttribute('data-id')).toBe(best.id);
    expect(await table.locator('tbody tr').count()).toBe(nodes.length);
    await screenshot(page, 'analytics-02-table-by-betweenness');
  });

  it('shares the selection with the canvas, both ways', async () => {
    const table = page.getByTestId('view-table');
    await table.locator('tbody tr[data-id="country:POL"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('country:POL');
    await expect
      .poll(() => page.evaluate(() => window.__entente!.cy!.$(':selected').map((e) => e.id())))
      .toEqual(['country:POL']);
    await page.evaluate(() => {
      window.__entente!.cy!.getElementById('country:FRA').emit('tap');
    });
    await expect
      .poll(() => table.locator('tbody tr[aria-selected="true"]').getAttribute('data-id'))
      .toBe('country:FRA');
  });

  it('filters rows and downloads exactly the rows shown as CSV', async () => {
    const table = page.getByTestId('view-table');
    await table.getByTestId('table-filter').fill('united');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    const names = await table.locator('tbody tr td:first-child').allTextContents();
    for (const name of names) expect(name.toLowerCase()).toContain('united');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByTestId('table-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('entente-nodes.csv');
    const lines = fs
      .readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,Name,Kind,Degree,Weighted degree,Betweenness,PageRank,Community,Date',
    );
    expect(lines).toHaveLength(names.length + 1);
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(names);
    await table.getByTestId('table-filter').fill('');
    await table.getByRole('tab', { name: /Edges/ }).click();
    expect(await table.locator('tbody tr').count()).toBe(
      await page.evaluate(() => window.__entente!.cy!.edges().length),
    );
  });

  it('raised no uncaught error in the page', () => {
    expect(explorer.errors).toEqual([]);
  });
});
