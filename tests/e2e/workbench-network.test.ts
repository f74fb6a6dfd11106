// Steering the country network, on the seed article with ATOP alliances: the number of edges
// with the cut said in place, edge families and weights, quad classes, event kinds, CAMEO roots
// and a minimum weight, each reaching the API and the canvas. Screenshots: test-results/e2e/.
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
/** The countryNetwork arguments of the page's last view request. */
let lastNetwork: {
  limit?: number;
  options?: Record<string, unknown> | null;
  filter?: Record<string, unknown>;
} = {};

beforeAll(async () => {
  server = await startAtopServer();
  browser = await launchChromium();
  explorer = await openPage(browser);
  page = explorer.page;
  page.on('request', (request) => {
    const body = request.postData();
    if (!body?.includes('query View')) return;
    const { variables } = JSON.parse(body) as { variables: Record<string, unknown> };
    lastNetwork = {
      limit: variables.networkLimit as number,
      options: variables.networkOptions as Record<string, unknown> | null,
      filter: variables.networkFilter as Record<string, unknown>,
    };
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const dyads = (p: Page) =>
  p.evaluate(() =>
    window
      .__entente!.cy!.edges('[type = "DYAD"]')
      .map((edge) => ({ id: edge.id(), weight: edge.data('weight') as number })),
  );

/** Types a number into a field and commits it (Enter), waiting for the view it asks for. */
async function commitNumber(testId: string, value: number): Promise<void> {
  await settle(page, async () => {
    await page.getByTestId(testId).fill(String(value));
    await page.getByTestId(testId).press('Enter');
  });
}

describe('a country network one can steer', () => {
  let total = 0;

  it('says in place how many edges it shows, and cuts to the number asked for', async () => {
    await settle(page, () => page.goto(server.url));
    const note = page.getByTestId('network-truncation');
    const all = await note.textContent();
    total = Number(/Showing all ([\d,]+) edges/.exec(all ?? '')?.[1]?.replace(/,/g, ''));
    expect(total).toBe((await dyads(page)).length);
    expect(total).toBeGreaterThan(20);
    await commitNumber('network-limit', 5);
    expect(new URL(page.url()).searchParams.get('edges')).toBe('5');
    expect(lastNetwork.limit).toBe(5);
    expect(await note.textContent()).toContain(`Showing the 5 heaviest of ${total} edges`);
    expect(await page.getByTestId('view-status').textContent()).toContain(
      `showing 5 of ${total} country edges`,
    );
    expect(await dyads(page)).toHaveLength(5);
    await screenshot(page, 'network-01-cut');
    await commitNumber('network-limit', 500);
  });

  it('leaves a family of links out: without agreements, only shared events link countries', async () => {
    const before = (await dyads(page)).map((edge) => edge.id);
    expect(before).toContain('country:DEU|DYAD|country:POL'); // ATOP alliances only
    expect(before).toContain('country:IND|DYAD|country:JPN'); // the seed's 2022 talks
    await settle(page, () =>
      page.getByRole('checkbox', { name: 'Agreements', exact: true }).uncheck(),
    );
    expect(new URL(page.url()).searchParams.get('fam')).toBe('EVENTS,ARMS_TRANSFERS');
    expect(lastNetwork.options?.families).toEqual(['EVENTS', 'ARMS_TRANSFERS']);
    const after = (await dyads(page)).map((edge) => edge.id);
    expect(after).not.toContain('country:DEU|DYAD|country:POL');
    expect(after).toContain('country:IND|DYAD|country:JPN');
    await settle(page, () =>
      page.getByRole('checkbox', { name: 'Agreements', exact: true }).check(),
    );
  });

  it('weighs agreements and drops edges under a minimum weight', async () => {
    await commitNumber('weight-AGREEMENTS', 3);
    await commitNumber('network-min-weight', 3);
    expect(lastNetwork.options).toMatchObject({ agreementWeight: 3, minWeight: 3 });
    const edges = await dyads(page);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.length).toBeLessThan(total);
    for (const edge of edges) expect(edge.weight).toBeGreaterThanOrEqual(3);
    expect(edges.map((edge) => edge.id)).toContain('country:DEU|DYAD|country:POL');
    await screenshot(page, 'network-02-weighted');
    await commitNumber('network-min-weight', 0);
    await commitNumber('weight-AGREEMENTS', 1);
  });

  it('sends cooperation or conflict, event kinds and CAMEO roots to the API', async () => {
    await settle(page, () => page.getByRole('checkbox', { name: 'Material conflict' }).uncheck());
    expect(lastNetwork.options?.quadClasses).toEqual([1, 2, 3]);
    await settle(page, () => page.getByRole('checkbox', { name: 'Exercises' }).uncheck());
    expect(lastNetwork.filter?.eventKinds).toEqual([
      'MEETING',
      'INCIDENT',
      'STATEMENT',
      'COOPERATION',
    ]);
    expect(new URL(page.url()).searchParams.get('ek')).toBe(
      'MEETING,INCIDENT,STATEMENT,COOPERATION',
    );
    await settle(page, () => page.getByTestId('cameo-roots').selectOption(['04']));
    expect(lastNetwork.options?.cameoRoots).toEqual(['04']);
    expect(new URL(page.url()).searchParams.get('cameo')).toBe('04');
    // Only consultations (CAMEO 04) count as events now; the alliances still link countries.
    const ids = (await dyads(page)).map((edge) => edge.id);
    expect(ids).toContain('country:DEU|DYAD|country:POL');
    await screenshot(page, 'network-03-panel');
  });

  it('raised no uncaught error in the page', () => {
    expect(explorer.errors).toEqual([]);
  });
});
