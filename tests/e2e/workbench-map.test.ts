// The map, on the seed article with ATOP alliances: the country network drawn over the world
// outline (world-atlas, offline), countries where they are, the outline kept under them through
// pan and zoom, the same filters as the network view, and the same details on a click.
// Screenshots go to test-results/e2e/ (map-*.png).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../client/src/render-probe.ts';
import type { TestServer } from '../support/server.ts';
import { startAtopServer } from './atop-server.ts';
import {
  launchChromium,
  nodeIds,
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
});

/** A fresh page on a view: settle() counts the renders of one page load. */
async function openView(search: string): Promise<void> {
  await explorer?.page.close();
  explorer = await openPage(browser);
  page = explorer.page;
  await settle(page, () => page.goto(`${server.url}/${search}`));
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Model positions of countries by ISO3 (plain data: never return a Cytoscape collection). */
const positions = (p: Page, codes: string[]) =>
  p.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((iso3) => [
          iso3,
          window.__entente!.cy!.getElementById(`country:${iso3}`).position(),
        ]),
      ) as Record<string, { x: number; y: number }>,
    codes,
  );

/** Whether each country's node is drawn inside the box of its shape on the outline. */
const onItsShape = (p: Page, codes: string[]) =>
  p.evaluate((list) => {
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    return Object.fromEntries(
      list.map((iso3) => {
        const path = document.querySelector(`path[data-iso3="${iso3}"]`);
        if (!path) return [iso3, 'no shape'];
        const shape = path.getBoundingClientRect();
        const at = window.__entente!.cy!.getElementById(`country:${iso3}`).renderedPosition();
        const x = canvas.x + at.x;
        const y = canvas.y + at.y;
        return [iso3, x >= shape.left && x <= shape.right && y >= shape.top && y <= shape.bottom];
      }),
    );
  }, codes);

const dyadCount = (p: Page) =>
  p.evaluate(() => window.__entente!.cy!.edges('[type = "DYAD"]').length);

describe('the map', () => {
  it('draws the country network over the world outline, west to east as they are', async () => {
    await openView('?layout=map');
    const outline = page.getByTestId('map-outline');
    await expect.poll(() => outline.getAttribute('data-countries')).not.toBe('0');
    expect(Number(await outline.getAttribute('data-countries'))).toBeGreaterThan(200);
    expect(await page.getByTestId('layout').inputValue()).toBe('map');
    const at = await positions(page, ['USA', 'FRA', 'JPN', 'IND']);
    expect(at.USA!.x).toBeLessThan(at.FRA!.x);
    expect(at.FRA!.x).toBeLessThan(at.JPN!.x);
    // North is up: Japan above India.
    expect(at.JPN!.y).toBeLessThan(at.IND!.y);
    expect(await dyadCount(page)).toBeGreaterThan(0);
    expect(await onItsShape(page, ['USA', 'FRA', 'JPN', 'IND'])).toEqual({
      USA: true,
      FRA: true,
      JPN: true,
      IND: true,
    });
    const note = await page.getByTestId('map-note').textContent();
    expect(note).toMatch(/^Map: \d+ countries on the map/);
    await screenshot(page, 'map-01-world');
    expect(explorer.errors).toEqual([]);
  });

  it('keeps the outline under the nodes through zoom and pan', async () => {
    await page.evaluate(() => {
      const cy = window.__entente!.cy!;
      cy.zoom({ level: cy.zoom() * 4, position: cy.getElementById('country:JPN').position() });
      cy.panBy({ x: -60, y: 40 });
    });
    await expect.poll(() => onItsShape(page, ['JPN'])).toEqual({ JPN: true });
    await screenshot(page, 'map-02-zoomed-japan');
  });

  it('applies the network filters: the 1930s, and the number of edges', async () => {
    await openView('?layout=map&from=1930&to=1939');
    const ids = await nodeIds(page);
    for (const id of ['country:FRA', 'country:POL', 'country:RUS']) expect(ids).toContain(id);
    expect(ids).not.toContain('country:IND');
    const at = await positions(page, ['FRA', 'POL', 'RUS']);
    expect(at.FRA!.x).toBeLessThan(at.POL!.x);
    expect(at.POL!.x).toBeLessThan(at.RUS!.x);
    const all = await dyadCount(page);
    expect(all).toBeGreaterThan(3);
    await settle(page, async () => {
      await page.getByTestId('network-limit').fill('3');
      await page.getByTestId('network-limit').press('Enter');
    });
    expect(await dyadCount(page)).toBe(3);
    const url = new URL(page.url());
    expect(url.searchParams.get('layout')).toBe('map');
    expect(url.searchParams.get('edges')).toBe('3');
    await screenshot(page, 'map-03-1930s');
  });

  it('says how many countries it placed by fallback, and places them', async () => {
    // Czechoslovakia (COW 315, ISO 3166-3 CSK), allied with Romania 1968-1992 in the fixture, has
    // no shape on today's map.
    await openView('?layout=map&from=1970&to=1980');
    const ids = await nodeIds(page);
    expect(ids).toContain('country:CSK');
    const note = await page.getByTestId('map-note').textContent();
    expect(note).toMatch(/1 placed by fallback \(no shape on the map: Czechoslovakia\)/);
    const at = await positions(page, ['CSK', 'ROU']);
    // Central Europe: west of Romania, a few degrees north of it.
    expect(at.CSK!.x).toBeLessThan(at.ROU!.x);
    expect(at.CSK!.y).toBeLessThan(at.ROU!.y);
    expect(at.ROU!.y - at.CSK!.y).toBeLessThan(80);
    await screenshot(page, 'map-04-fallback');
  });

  it('opens the same details as the network view on a click, on a node and on an edge', async () => {
    const { x, y } = await nodePoint(page, 'country:CSK');
    await page.mouse.click(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('country:CSK');
    await expect
      .poll(() => page.getByTestId('details-panel').textContent())
      .toContain('Czechoslovakia');
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    const middle = await page.evaluate(() =>
      window.__entente!.cy!.getElementById('country:CSK|DYAD|country:ROU').renderedMidpoint(),
    );
    await page.mouse.click(box.x + middle.x, box.y + middle.y);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('edge'))
      .toBe('country:CSK|DYAD|country:ROU');
    await expect.poll(() => page.getByTestId('dyad-edge-ends').textContent()).toContain('Romania');
    expect(explorer.errors).toEqual([]);
  });
});
