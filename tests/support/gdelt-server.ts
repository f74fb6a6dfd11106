// A stand-in for GDELT 2.0's file server (node:http on an ephemeral port): a master list and
// zipped exports built from the real rows of tests/fixtures/gdelt-feed/, with the faults the
// fetcher must report: a wrong MD5, a wrong size, a truncated zip, a 404 and a slow response.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { zipSync } from 'fflate';

export type Behaviour = 'ok' | 'wrong-md5' | 'wrong-size' | 'truncated' | 'missing' | 'slow';

export interface FeedExport {
  stamp: string;
  behaviour: Behaviour;
  /** Rows from this fixture file (default: the one named by the stamp). */
  rowsOf?: string;
}

const FIXTURES = new URL('../fixtures/gdelt-feed/', import.meta.url).pathname;
/** The fixture's 13 exports, 15 minutes apart, on 28 July 2016. */
export const FIXTURE_STAMPS = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.export.CSV'))
  .map((name) => name.slice(0, 14))
  .sort();

const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

/** An export zipped as GDELT publishes it: one entry `<stamp>.export.CSV`. */
export function exportZip(stamp: string, rowsOf = stamp): Buffer {
  const rows = fs.readFileSync(`${FIXTURES}${rowsOf}.export.CSV`);
  const mtime = new Date('2016-07-28T00:00:00Z');
  return Buffer.from(zipSync({ [`${stamp}.export.CSV`]: rows }, { mtime }));
}

interface Served {
  body: Buffer | undefined;
  slow: boolean;
}

export interface GdeltServer {
  baseUrl: string;
  /** Requests per path (`/masterfilelist.txt`, `/<name>`). */
  requests: Map<string, number>;
  /** Replaces what is listed and served. */
  publish(exports: readonly FeedExport[], extraLines?: readonly string[]): void;
  close(): Promise<void>;
}

/** The "slow" export answers after this long: far past the tests' 3 s timeout, even on a busy machine. */
const SLOW_MS = 30_000;

export async function startGdeltServer(): Promise<GdeltServer> {
  const requests = new Map<string, number>();
  let files = new Map<string, Served>();
  let list = '';
  const pending = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    if (path === '/masterfilelist.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(list);
      return;
    }
    const file = files.get(path.slice(1));
    if (!file?.body) {
      res.writeHead(404).end('not found');
      return;
    }
    const send = () => res.writeHead(200, { 'content-type': 'application/zip' }).end(file.body);
    if (!file.slow) return send();
    const timer = setTimeout(() => {
      pending.delete(timer);
      if (!res.destroyed) send();
    }, SLOW_MS);
    pending.add(timer);
    res.on('close', () => {
      clearTimeout(timer);
      pending.delete(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const publish = (exports: readonly FeedExport[], extraLines: readonly string[] = []) => {
    files = new Map();
    const lines: string[] = [];
    for (const { stamp, behaviour, rowsOf } of exports) {
      const name = `${stamp}.export.CSV.zip`;
      const zip = exportZip(stamp, rowsOf);
      let body: Buffer | undefined = zip;
      let size = zip.length;
      let hash = md5(zip);
      if (behaviour === 'wrong-md5') hash = md5(Buffer.from('another file'));
      if (behaviour === 'wrong-size') size += 7;
      if (behaviour === 'truncated') {
        body = zip.subarray(0, Math.floor(zip.length / 2));
        size = body.length;
        hash = md5(body);
      }
      if (behaviour === 'missing') body = undefined;
      files.set(name, { body, slow: behaviour === 'slow' });
      // The list names GDELT's own URLs, as the real one does; downloads go to the base URL.
      const url = `http://data.gdeltproject.org/gdeltv2/${stamp}`;
      lines.push(`${size} ${hash} ${url}.export.CSV.zip`);
      lines.push(`${size + 1000} ${md5(Buffer.from(stamp))} ${url}.mentions.CSV.zip`);
      lines.push(`${size + 5000} ${md5(Buffer.from(`${stamp}gkg`))} ${url}.gkg.csv.zip`);
    }
    list = `${[...lines, ...extraLines].join('\n')}\n`;
  };

  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    requests,
    publish,
    close: async () => {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The fixture's exports with one of each fault, and two master-list lines that do not parse. */
export function faultyFeed(): { exports: FeedExport[]; extraLines: string[] } {
  const faults: Behaviour[] = ['wrong-md5', 'wrong-size', 'truncated', 'missing', 'slow'];
  return {
    exports: FIXTURE_STAMPS.map((stamp, i) => ({
      stamp,
      behaviour: i < 8 ? 'ok' : faults[i - 8]!,
    })),
    extraLines: [
      'this line is not a master list entry',
      '150383 xyz http://data.gdeltproject.org/gdeltv2/20160728031500.export.CSV.zip',
    ],
  };
}
