// Driving the explorer in Debian's Chromium (playwright-core): launch, wait for a view to be
// drawn, find nodes on the canvas, click them, take screenshots, catch downloads.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const SCREENSHOTS = path.join('test-results', 'e2e');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface ExplorerPage {
  page: Page;
  /** Uncaught errors in the page, to assert there were none. */
  errors: string[];
}

export async function openPage(browser: Browser): Promise<ExplorerPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // tsx compiles page.evaluate callbacks with esbuild's keepNames, which calls a __name helper
  // that exists only in Node; the page gets a no-op one.
  await page.addInitScript('window.__name = (fn) => fn');
  return { page, errors };
}

const renderCount = (page: Page) => page.evaluate(() => window.__entente?.renders.length ?? 0);

/** Runs `action` and waits until the view it asked for is loaded, laid out and painted. */
export async function settle(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await renderCount(page);
  await action();
  await page.waitForFunction(
    (count) =>
      (window.__entente?.renders.length ?? 0) > count &&
      document.querySelector('main')?.getAttribute('data-state') === 'ready',
    before,
    { timeout: 45_000 },
  );
}

export const nodeIds = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    window
      .__entente!.cy!.nodes()
      .map((node) => node.id())
      .sort(),
  );

export const edgeCount = (page: Page): Promise<number> =>
  page.evaluate(() => window.__entente!.cy!.edges().length);

export const idsWithClass = (page: Page, className: string): Promise<string[]> =>
  page.evaluate(
    (name) =>
      window
        .__entente!.cy!.elements(`.${name}`)
        .map((e) => e.id())
        .sort(),
    className,
  );

/** Where a node is drawn, in page coordinates. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const at = await page.evaluate(
    (nodeId) => window.__entente!.cy!.getElementById(nodeId).renderedPosition(),
    id,
  );
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Zooms in on the node in the middle of the canvas (as a researcher would) and double-clicks it. */
export async function doubleClickNode(page: Page, id: string): Promise<void> {
  await page.evaluate((nodeId) => {
    const cy = window.__entente!.cy!;
    const node = cy.getElementById(nodeId);
    cy.stop();
    // Zoomed in, neighbours sit well clear of the node under the pointer.
    cy.zoom(2);
    cy.center(node);
  }, id);
  const { x, y } = await nodePoint(page, id);
  await page.mouse.dblclick(x, y);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Clicks an export button and returns the downloaded file's name and text. */
export async function downloadExport(
  page: Page,
  format: string,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${format}`).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}
