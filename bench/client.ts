// `npm run bench:client`: how fast the explorer draws a view, in real Chromium.
// - request → rendered: from the page's GraphQL request to the elements laid out (fcose) and
//   painted, as the explorer itself records it (client/src/render-probe.ts), for views of
//   100, 500, 1,000 and 5,000 elements;
// - frames per second while the view pans (one step per animation frame, 3 s), with 5,000
//   nodes, canvas renderer against WebGL.
// The API is replaced by a synthetic graph (page.route), so the figures measure the explorer
// alone. Headless Chromium has no GPU here: WebGL runs on SwiftShader, on the CPU.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { preview } from 'vite';
import type { Graph, GraphEdge, GraphNode } from '../schema/graph.ts';
import type { RenderRecord } from '../client/src/render-probe.ts';
// The same Chromium, flags and page set-up as the end-to-end tests.
import { launchChromium, openPage } from '../tests/e2e/explorer-page.ts';

const RENDER_SIZES = [100, 500, 1000, 5000];
const RENDER_RUNS = 3;
const PAN_NODES = 5000;
const PAN_MS = 3000;
const KINDS: GraphNode['kind'][] = ['COUNTRY', 'PERSON', 'ORGANIZATION', 'EVENT', 'AGREEMENT'];

/** A deterministic pseudo-random sequence (mulberry32), so every run draws the same graph. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A connected graph of `nodeCount` nodes and `edgeCount` edges (preferential attachment). */
export function syntheticGraph(nodeCount: number, edgeCount: number): Graph {
  const next = random(nodeCount * 7919 + edgeCount);
  const evidence = [
    { sourceId: 'source:bench', sourceTitle: 'Synthetic', publisher: null, url: null, quote: null },
  ];
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `bench:${i}`,
    kind: KINDS[i % KINDS.length]!,
    label: `Node ${i}`,
    properties: (i % 5 === 3
      ? { date: `20${10 + (i % 13)}-0${1 + (i % 9)}` }
      : {}) as GraphNode['properties'],
    evidence,
  }));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const ends: number[] = [0];
  const add = (a: number, b: number) => {
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || seen.has(key)) return false;
    seen.add(key);
    ends.push(a, b);
    const type = nodes[a]!.kind === 'COUNTRY' && nodes[b]!.kind === 'COUNTRY' ? 'DYAD' : 'PART_OF';
    edges.push({
      id: `bench:e${edges.length}`,
      source: `bench:${a}`,
      target: `bench:${b}`,
      type,
      weight: 1 + Math.floor(next() * 9),
      properties: {},
      evidence,
    });
    return true;
  };
  for (let i = 1; i < nodeCount && edges.length < edgeCount; i += 1)
    add(i, ends[Math.floor(next() * ends.length)]!);
  while (edges.length < edgeCount)
    add(Math.floor(next() * nodeCount), ends[Math.floor(next() * ends.length)]!);
  return { nodes, edges, truncated: false };
}

/** Elements split as in the country network and neighbourhoods: about 2 edges per 3 elements. */
function graphOfElements(elements: number): Graph {
  const nodes = Math.round(elements * 0.4);
  return syntheticGraph(nodes, elements - nodes);
}

/** A fresh page whose /graphql answers with `graph`, opened on `query`, once its view is drawn. */
async function withView<T>(
  browser: Browser,
  url: string,
  graph: Graph,
  query: string,
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const { page } = await openPage(browser);
  try {
    const body = JSON.stringify({ data: { countryNetwork: graph } });
    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto(`${url}/${query}`);
    await page.waitForFunction(() => (window.__entente?.renders.length ?? 0) > 0, null, {
      timeout: 300_000,
    });
    return await measure(page);
  } finally {
    await page.close();
  }
}

const renderOnce = (browser: Browser, url: string, graph: Graph, webgl: boolean) =>
  withView(browser, url, graph, webgl ? '?renderer=webgl' : '', (page) =>
    page.evaluate((): RenderRecord => window.__entente!.renders[0]!),
  );

// A circle layout places 5,000 nodes at once; the pan, not the layout, is measured here.
const panFps = (browser: Browser, url: string, graph: Graph, webgl: boolean) =>
  withView(browser, url, graph, `?layout=circle${webgl ? '&renderer=webgl' : ''}`, async (page) => {
    // A drag on the empty middle of the circle, as a researcher pans: Cytoscape's viewport
    // shortcuts (hidden edges, texture) engage only for gestures, not for cy.panBy().
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    return await page.evaluate(
      async ({ durationMs, x, y }) => {
        const target = document.elementFromPoint(x, y)!;
        const fire = (type: string, cx: number, cy: number, on: EventTarget) =>
          on.dispatchEvent(
            new MouseEvent(type, {
              bubbles: true,
              clientX: cx,
              clientY: cy,
              button: 0,
              buttons: 1,
            }),
          );
        const cy = window.__entente!.cy!;
        const panStart = { ...cy.pan() };
        fire('mousedown', x, y, target);
        const fps = await new Promise<number>((resolve) => {
          let frames = 0;
          const start = performance.now();
          const step = (now: number) => {
            frames += 1;
            const t = (now - start) / 400;
            fire('mousemove', x + Math.sin(t) * 150, y + Math.cos(t) * 100 - 100, window);
            if (now - start < durationMs) requestAnimationFrame(step);
            else {
              fire('mouseup', x, y, window);
              resolve((frames * 1000) / (now - start));
            }
          };
          requestAnimationFrame(step);
        });
        // A drag that missed the background would select or move a node instead of panning.
        if (cy.pan().x === panStart.x && cy.pan().y === panStart.y)
          throw new Error('The view did not pan');
        return fps;
      },
      { durationMs: PAN_MS, x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
  });

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-client.ts'], {
    stdio: 'inherit',
  });
  const server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await launchChromium();
  try {
    console.log(
      `Chromium ${browser.version()}, viewport 1400×900, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
    );
    console.log('\nRequest → rendered view (fcose layout), median of runs, ms (of which layout)');
    console.log('| elements | nodes | edges | canvas | WebGL |');
    console.log('|---:|---:|---:|---:|---:|');
    for (const size of RENDER_SIZES) {
      const graph = graphOfElements(size);
      const runs = size >= 5000 ? 1 : RENDER_RUNS;
      const row: string[] = [];
      for (const webgl of [false, true]) {
        const records: RenderRecord[] = [];
        for (let i = 0; i < runs; i += 1)
          records.push(await renderOnce(browser, url, graph, webgl));
        const total = median(records.map((record) => record.ms));
        const layout = median(records.map((record) => record.layoutMs));
        row.push(`${total.toFixed(0)} (${layout.toFixed(0)})`);
      }
      console.log(
        `| ${size} | ${graph.nodes.length} | ${graph.edges.length} | ${row.join(' | ')} |`,
      );
    }
    const panGraph = syntheticGraph(PAN_NODES, PAN_NODES);
    console.log(
      `\nFrames per second during a ${PAN_MS / 1000} s scripted pan, ${PAN_NODES} nodes + ${PAN_NODES} edges`,
    );
    console.log('| renderer | fps |');
    console.log('|---|---:|');
    for (const webgl of [false, true]) {
      const fps = await panFps(browser, url, panGraph, webgl);
      console.log(`| ${webgl ? 'WebGL (SwiftShader)' : 'canvas'} | ${fps.toFixed(1)} |`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve, reject) =>
      server.httpServer.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

// Run as a script (npm run bench:client); importing the module only defines its functions.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
