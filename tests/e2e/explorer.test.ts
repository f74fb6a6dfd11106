// The explorer end to end: the real server on the test Neo4j seeded with the article, driven in
// Debian's Chromium. The steps follow a researcher's session and share one page, in order.
// Screenshots go to test-results/e2e/.
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGEXF } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../client/src/render-probe.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import {
  doubleClickNode,
  downloadExport,
  edgeCount,
  idsWithClass,
  launchChromium,
  nodeIds,
  nodePoint,
  openPage,
  screenshot,
  settle,
  type ExplorerPage,
} from './explorer-page.ts';

const ARTICLE = readFileSync(new URL('../../seed/article/article.txt', import.meta.url), 'utf8');
const ARTICLE_SOURCE = 'source:article:iria-us-japan-defense-leaders-indo-pacific';
const HAMADA = 'person:yasukazu-hamada';
const SINGH = 'person:rajnath-singh';
const AUSTIN = 'person:lloyd-austin';
const TOKYO_MEETING = 'meeting:2022-09-08-tokyo-jpn-ind';

let server: TestServer;
let browser: Browser;
let explorer: ExplorerPage;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  explorer = await openPage(browser);
  page = explorer.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types into a search box and picks the suggestion whose text matches. */
async function choose(testId: string, text: string, option: RegExp): Promise<void> {
  await page.getByTestId(testId).fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

describe('the explorer in Chromium', () => {
  it('opens on the country network of what is loaded, with a legend', async () => {
    await settle(page, () => page.goto(server.url));
    expect(await nodeIds(page)).toEqual(
      expect.arrayContaining(['country:IND', 'country:JPN', 'country:USA']),
    );
    expect(await edgeCount(page)).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByTestId('legend').textContent()).toContain('Country');
    await screenshot(page, '01-country-network');
  });

  it('suggests Yasukazu Hamada as one types "Hamada", grouped by kind, and centres the graph on him', async () => {
    await page.getByTestId('search').fill('Hamada');
    const suggestion = page.getByRole('option', { name: /Yasukazu Hamada/ });
    await suggestion.waitFor();
    await expect
      .poll(() => page.getByRole('group', { name: 'Person' }).textContent())
      .toContain('Yasukazu Hamada');
    await screenshot(page, '02-search-suggestions');
    await settle(page, () => suggestion.click());
    expect(new URL(page.url()).searchParams.get('node')).toBe(HAMADA);
    expect(await nodeIds(page)).toContain(HAMADA);
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    await expect
      .poll(async () => {
        const { x, y } = await nodePoint(page, HAMADA);
        return Math.hypot(x - (canvas.x + canvas.width / 2), y - (canvas.y + canvas.height / 2));
      })
      .toBeLessThan(10);
  });

  it('shows his details with a quote from the article, its source title and publisher', async () => {
    const details = page.getByTestId('details-panel');
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).textContent())
      .toBe('Yasukazu Hamada');
    const evidence = details.getByTestId('evidence').first();
    const quote = (await evidence.locator('blockquote').textContent())!.replace(/^“|”$/g, '');
    expect(quote.length).toBeGreaterThan(10);
    expect(ARTICLE).toContain(quote);
    // The seed article names no URL, so its title is plain text rather than a dead link.
    expect(await evidence.locator('.source').textContent()).toMatch(
      /US, Japan defense leaders vows to strengthen alliance.*IRIA/,
    );
    expect(await evidence.getByRole('link').count()).toBe(0);
    await screenshot(page, '03-hamada-details');
  });

  it('expands a node’s neighbours on double-click', async () => {
    const before = await nodeIds(page);
    expect(before).toContain(TOKYO_MEETING);
    expect(before).not.toContain(SINGH);
    await settle(page, () => doubleClickNode(page, TOKYO_MEETING));
    expect(new URL(page.url()).searchParams.getAll('x')).toEqual([HAMADA, TOKYO_MEETING]);
    const after = await nodeIds(page);
    expect(after).toContain(SINGH);
    expect(after.length).toBeGreaterThan(before.length);
    await screenshot(page, '04-expanded');
  });

  it('narrowing the date range changes the view: facts after the range leave it', async () => {
    const before = await nodeIds(page);
    const expanded = new URL(page.url()).searchParams.getAll('x');
    // Dated 2022-09-08 (the Tokyo talks and what they produced), other than the expanded nodes,
    // which a neighbourhood always keeps.
    const september = before.filter((id) => id.includes('2022-09-08') && !expanded.includes(id));
    expect(september.length).toBeGreaterThan(0);
    await settle(page, async () => {
      await page.getByTestId('date-to').focus();
      await page.keyboard.press('Home'); // the first month on the timeline: January 2022
    });
    expect(new URL(page.url()).searchParams.get('to')).toBe('2022-01-31');
    const after = await nodeIds(page);
    for (const id of september) expect(after).not.toContain(id);
    expect(after).toContain(HAMADA);
    await screenshot(page, '05-date-range');
    await settle(page, () => page.getByRole('button', { name: 'All dates' }).click());
    expect(await nodeIds(page)).toEqual(before);
  });

  it('finds and highlights the shortest path from Rajnath Singh to Lloyd Austin', async () => {
    await choose('path-from', 'Rajnath', /Rajnath Singh/);
    await choose('path-to', 'Austin', /Lloyd Austin/);
    await settle(page, () => page.getByRole('button', { name: 'Find shortest path' }).click());
    const status = await page.getByTestId('path-status').textContent();
    const hops = Number(/Path of (\d+) hops?/.exec(status ?? '')?.[1]);
    expect(hops).toBeGreaterThan(0);
    const onPath = await page.evaluate(() => {
      const path = window.__entente!.cy!.elements('.on-path');
      return {
        nodes: path.nodes().map((n) => n.id()),
        edges: path.edges().map((e) => [e.source().id(), e.target().id()]),
      };
    });
    expect(onPath.nodes).toEqual(expect.arrayContaining([SINGH, AUSTIN]));
    expect(onPath.edges).toHaveLength(hops);
    expect(onPath.nodes).toHaveLength(hops + 1);
    // Every highlighted edge joins highlighted nodes: the highlight is one connected path.
    for (const ends of onPath.edges) for (const end of ends) expect(onPath.nodes).toContain(end);
    expect((await idsWithClass(page, 'faded')).length).toBeGreaterThan(0);
    // The best path goes through the two meetings and Hamada; the others are in view too.
    expect(onPath.nodes).toContain(HAMADA);
    expect(status).toMatch(/\(1 of \d+ as short\)/);
    await screenshot(page, '06-path');

    // The next equally short path: highlighted instead, same length, no new request.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByRole('button', { name: 'Next path' }).click();
    await page.getByText(/\(2 of \d+ as short\)/).waitFor();
    const next = await idsWithClass(page, 'on-path');
    expect(next).toEqual(expect.arrayContaining([SINGH, AUSTIN]));
    expect(next).not.toContain(HAMADA);
    expect(new URL(page.url()).searchParams.get('pathChoice')).toBe('2');
    expect(requests.filter((url) => url.includes('/graphql'))).toEqual([]);
    await page.getByRole('button', { name: 'Previous path' }).click();
    await page.getByText(/\(1 of \d+ as short\)/).waitFor();
    expect(await idsWithClass(page, 'on-path')).toContain(HAMADA);
  });

  it('exports GraphML and GEXF that parse back to the view, with the article as a source', async () => {
    const ids = await nodeIds(page);
    const edges = await edgeCount(page);
    const graphml = await downloadExport(page, 'graphml');
    const gexf = await downloadExport(page, 'gexf');
    expect(graphml.name).toMatch(/\.graphml$/);
    expect(gexf.name).toMatch(/\.gexf$/);
    for (const graph of [
      parseGraphML(MultiDirectedGraph, graphml.text),
      parseGEXF(MultiDirectedGraph, gexf.text),
    ]) {
      expect(graph.nodes().sort()).toEqual(ids);
      expect(graph.size).toBe(edges);
      expect(graph.getNodeAttribute(HAMADA, 'label')).toBe('Yasukazu Hamada');
    }
    expect(graphml.text).toContain(ARTICLE_SOURCE);
    expect(gexf.text).toContain(ARTICLE_SOURCE);
  });

  it('reopens a shared URL on the same view, and back and forward step through views', async () => {
    const shared = page.url();
    const heading = (p: Page) =>
      p.getByTestId('details-panel').getByRole('heading', { level: 2 }).textContent();
    const view = {
      ids: await nodeIds(page),
      expanded: await idsWithClass(page, 'expanded'),
      onPath: await idsWithClass(page, 'on-path'),
      selected: await heading(page),
    };
    const other = await openPage(browser);
    await settle(other.page, () => other.page.goto(shared));
    expect(await nodeIds(other.page)).toEqual(view.ids);
    expect(await idsWithClass(other.page, 'expanded')).toEqual(view.expanded);
    expect(await idsWithClass(other.page, 'on-path')).toEqual(view.onPath);
    expect(await heading(other.page)).toBe(view.selected);
    await screenshot(other.page, '07-shared-url');
    await other.page.close();

    await settle(page, () => page.goBack()); // before path mode
    expect(new URL(page.url()).searchParams.get('pathFrom')).toBeNull();
    expect(await idsWithClass(page, 'on-path')).toEqual([]);
    await settle(page, () => page.goForward());
    expect(await idsWithClass(page, 'on-path')).toEqual(view.onPath);
  });

  it('is usable from the keyboard: / focuses search, arrows and Enter choose, Escape closes details', async () => {
    await page.locator('.top-bar').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'search',
    );
    await page.keyboard.type('Austin');
    await page
      .getByRole('option', { name: /Lloyd Austin/ })
      .first()
      .waitFor();
    const options = await page.getByRole('option').allTextContents();
    for (let i = 0; i < options.findIndex((text) => text.startsWith('Lloyd Austin')); i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(AUSTIN);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBeNull();
    expect(await page.getByTestId('details-panel').count()).toBe(0);
  });

  it('says plainly when the API fails, and recovers on "Try again"', async () => {
    const failing = await openPage(browser);
    await failing.page.route('**/graphql', (route) =>
      route.fulfill({ status: 503, body: 'Service Unavailable' }),
    );
    await failing.page.goto(server.url);
    const banner = failing.page.getByTestId('api-error');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/could not be loaded.*503/);
    await screenshot(failing.page, '08-api-error');
    await failing.page.unroute('**/graphql');
    await settle(failing.page, () => banner.getByRole('button', { name: 'Try again' }).click());
    expect(await failing.page.getByTestId('api-error').count()).toBe(0);
    expect(await nodeIds(failing.page)).toContain('country:JPN');
    await failing.page.close();
  });

  it('raised no uncaught error in the page', () => {
    expect(explorer.errors).toEqual([]);
  });
});
