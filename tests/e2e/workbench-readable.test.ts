// Readable and reachable, on the seed article with ATOP alliances (18 countries in the
// all-time network): labels never overlap (the crowded ones stay quiet until hovered, focused or
// selected), and the graph is reached and walked with the keyboard, each step said aloud
// through an aria-live region. Screenshots go to test-results/e2e/ (readable-*.png).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../client/src/render-probe.ts';
import type { TestServer } from '../support/server.ts';
import { startAtopServer } from './atop-server.ts';
import {
  idsWithClass,
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
let explorer: ExplorerPage | undefined;
let page: Page;

beforeAll(async () => {
  server = await startAtopServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page on a view: settle() counts the renders of one page load. */
async function openView(search: string): Promise<void> {
  await explorer?.page.close();
  explorer = await openPage(browser);
  page = explorer.page;
  await settle(page, () => page.goto(`${server.url}/${search}`));
}

interface DrawnLabel {
  id: string;
  quiet: boolean;
  /** Selected or focused: its label is drawn over other nodes when it must be. */
  raised: boolean;
  /** The label's opacity as drawn (0 for a quiet one). */
  opacity: number;
  box: { x1: number; y1: number; x2: number; y2: number };
  /** The node's own body. */
  body: { x1: number; y1: number; x2: number; y2: number };
}

/** Every node's label box on screen and whether it is drawn (plain data, not a collection). */
const labels = (p: Page): Promise<DrawnLabel[]> =>
  p.evaluate(() =>
    window.__entente!.cy!.nodes().map((node) => {
      const b = node.renderedBoundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
      });
      return {
        id: node.id(),
        quiet: node.hasClass('quiet-label'),
        raised: node.selected() || node.hasClass('key-focus'),
        // pstyle (the style as drawn) is public API, missing from Cytoscape's types.
        opacity: Number(
          (node as unknown as { pstyle(name: string): { value: unknown } }).pstyle('text-opacity')
            .value,
        ),
        box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 },
        body: (({ x1, y1, x2, y2 }) => ({ x1, y1, x2, y2 }))(
          node.renderedBoundingBox({ includeLabels: false, includeOverlays: false }),
        ),
      };
    }),
  );

type Box = DrawnLabel['box'];
const meet = (p: Box, q: Box) => p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;

/** Drawn labels over another drawn label, or (but the raised ones) over another node. */
function overlapping(drawn: DrawnLabel[]): string[] {
  const shown = drawn.filter((label) => label.opacity > 0);
  const pairs: string[] = [];
  for (const [i, a] of shown.entries()) {
    for (const b of shown.slice(i + 1)) if (meet(a.box, b.box)) pairs.push(`${a.id} × ${b.id}`);
    if (a.raised) continue;
    for (const node of drawn) {
      if (node.id !== a.id && meet(a.box, node.body)) pairs.push(`${a.id} over node ${node.id}`);
    }
  }
  return pairs;
}

const announced = () => page.getByTestId('canvas-announcer').textContent();
const focusedIds = () => idsWithClass(page, 'key-focus');
const modelPosition = (id: string) =>
  page.evaluate((nodeId) => window.__entente!.cy!.getElementById(nodeId).position(), id);

describe('labels that do not overlap', () => {
  it('draws no two labels over each other in a 15+ node view', async () => {
    await openView('');
    const drawn = await labels(page);
    expect(drawn.length).toBeGreaterThanOrEqual(15);
    expect(overlapping(drawn)).toEqual([]);
    // The quiet ones are really not drawn, and most labels still are.
    for (const label of drawn.filter((l) => l.quiet)) expect(label.opacity).toBe(0);
    expect(drawn.filter((l) => !l.quiet).length).toBeGreaterThan(drawn.length / 2);
    await screenshot(page, 'readable-01-network-labels');
  });

  it('keeps crowded Europe on the map legible: quiet labels, shown on hover and selection', async () => {
    await openView('?layout=map');
    const drawn = await labels(page);
    expect(overlapping(drawn)).toEqual([]);
    const quiet = drawn.filter((l) => l.quiet);
    expect(quiet.length).toBeGreaterThan(0);
    // One the pointer can reach: no other node drawn over its centre.
    const target = await page.evaluate(
      (ids) => {
        const cy = window.__entente!.cy!;
        return ids.find((id) => {
          const at = cy.getElementById(id).renderedPosition();
          return cy
            .nodes()
            .toArray()
            .every((other) => {
              if (other.id() === id) return true;
              const b = other.renderedBoundingBox({ includeLabels: false });
              return at.x < b.x1 || at.x > b.x2 || at.y < b.y1 || at.y > b.y2;
            });
        });
      },
      quiet.map((l) => l.id),
    );
    expect(target).toBeDefined();
    const { x, y } = await nodePoint(page, target!);
    await page.mouse.move(x, y);
    await expect
      .poll(async () => (await labels(page)).find((l) => l.id === target)!.opacity)
      .toBe(1);
    await screenshot(page, 'readable-02-map-hover');
    await page.mouse.click(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(target);
    await page.mouse.move(5, 5);
    // Selected, it wins its spot; the labels it now overlaps go quiet instead.
    await expect
      .poll(async () => (await labels(page)).find((l) => l.id === target)!.quiet)
      .toBe(false);
    expect(overlapping(await labels(page))).toEqual([]);
    await screenshot(page, 'readable-03-map-selected');
  });
});

describe('keyboard access to the graph', () => {
  it('reaches the canvas with Tab and focuses its largest node, said aloud', async () => {
    await openView('');
    // Tab from the last control of the sidebar lands on the canvas.
    await page.evaluate(() => {
      const controls = document.querySelectorAll<HTMLElement>(
        '.sidebar button, .sidebar input, .sidebar select',
      );
      controls[controls.length - 1]!.focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'graph-canvas',
    );
    const [focused] = await focusedIds();
    expect(focused).toBeDefined();
    const largest = await page.evaluate(() =>
      window
        .__entente!.cy!.nodes()
        .max((node) => Number(node.data('size')))
        .ele.id(),
    );
    expect(focused).toBe(largest);
    const label = await page.evaluate(
      (id) => String(window.__entente!.cy!.getElementById(id).data('label')),
      focused!,
    );
    expect(await announced()).toMatch(
      new RegExp(`^${label}, country\\. \\d+ links?: .+ Node \\d+ of \\d+\\.$`),
    );
    await screenshot(page, 'readable-04-keyboard-focus');
  });

  it('moves with the arrows to a node that way and through all nodes with N', async () => {
    const [start] = await focusedIds();
    const from = await modelPosition(start!);
    await page.keyboard.press('ArrowRight');
    const [right] = await focusedIds();
    expect(right).not.toBe(start);
    expect((await modelPosition(right!)).x).toBeGreaterThan(from.x);
    await page.keyboard.press('ArrowLeft');
    const [left] = await focusedIds();
    expect((await modelPosition(left!)).x).toBeLessThan((await modelPosition(right!)).x);
    // N walks every node once and comes back.
    const seen = new Set<string>();
    const total = (await nodeIds(page)).length;
    for (let i = 0; i < total; i++) {
      await page.keyboard.press('n');
      seen.add((await focusedIds())[0]!);
    }
    expect(seen.size).toBe(total);
    expect(await announced()).toMatch(/Node \d+ of \d+\.$/);
    // Wherever the keys went, the focused node's label is drawn and no other label lies on it.
    const [now] = await focusedIds();
    await expect.poll(async () => (await labels(page)).find((l) => l.id === now)!.opacity).toBe(1);
    expect(overlapping(await labels(page))).toEqual([]);
  });

  it('opens the focused node with Enter and expands it with E', async () => {
    const [focused] = await focusedIds();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(focused);
    expect(await announced()).toContain('Opened');
    await expect.poll(() => page.getByTestId('details-panel').isVisible()).toBe(true);
    // Enter moved no focus: the keys still drive the canvas.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'graph-canvas',
    );
    const before = (await nodeIds(page)).length;
    await settle(page, () => page.keyboard.press('e'));
    expect(new URL(page.url()).searchParams.getAll('x')).toContain(focused);
    expect((await nodeIds(page)).length).toBeGreaterThan(before);
    expect(await announced()).toContain('Expanding');
    expect(explorer!.errors).toEqual([]);
  });
});
