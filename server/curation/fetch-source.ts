// URL sources: the server fetches the page itself, bounded in time, size, redirects and content
// types, refusing private addresses (address-guard.ts) unless ENTENTE_FETCH_ALLOW_PRIVATE=1,
// and reduces HTML to its article text with @mozilla/readability on linkedom's DOM (linkedom:
// a fraction of jsdom's size and start-up, and it never runs the page's scripts or fetches its
// resources, which a server reading untrusted pages wants; Readability needs only the DOM).
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { badInput } from '../errors.ts';
import { isPrivateAddress } from './address-guard.ts';

export interface FetchedText {
  text: string;
  title: string | null;
  url: string;
}

export interface FetchOptions {
  /** Fetch loopback and private addresses too (a local archive); default from ENTENTE_FETCH_ALLOW_PRIVATE=1. */
  allowPrivate: boolean;
  /** Largest body read; default 5 MB. */
  maxBytes: number;
  /** Whole fetch, redirects included; default 10 s. */
  timeoutMs: number;
  /** Default 5. */
  maxRedirects: number;
  /** Addresses fetched even though private (ENTENTE_FETCH_ALLOW_ADDRESSES, comma-separated): one archive server, not the whole network. */
  allowAddresses: readonly string[];
}

const TEXT_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
]);

const refuse = (message: string) => badInput('input.fetchUrl', message);

class FetchRefusal extends Error {}

function guardedLookup(allowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as dns.LookupAddress[];
      const bad = list.find((a) => !allowed(a.address));
      if (bad) {
        return callback(
          new FetchRefusal(
            `${hostname} resolves to ${bad.address}, a loopback, private or link-local address`,
          ),
          '',
          4,
        );
      }
      if (options.all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** HTML → the article's title and text; plain text and Markdown are kept as they are. */
export function articleText(html: string): { title: string | null; text: string } {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const text = (article?.textContent ?? document.body?.textContent ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n\n')
    .trim();
  return { title: article?.title?.trim() || document.title?.trim() || null, text };
}

const allowed = (options: FetchOptions) => (address: string) =>
  options.allowPrivate || options.allowAddresses.includes(address) || !isPrivateAddress(address);

function get(url: URL, options: FetchOptions, signal: AbortSignal) {
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(url, {
      lookup: guardedLookup(allowed(options)),
      signal,
      headers: {
        'user-agent': 'Entente source fetcher',
        accept: 'text/html, text/plain, text/markdown;q=0.9',
      },
    });
    request.on('response', resolve);
    request.on('error', reject);
  });
}

async function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length'] ?? NaN);
  if (declared > maxBytes) {
    response.destroy();
    throw refuse(`the page is ${declared} bytes; at most ${maxBytes} are read`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw refuse(`the page is larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function createFetcher(overrides: Partial<FetchOptions> = {}) {
  const options: FetchOptions = {
    allowPrivate: process.env.ENTENTE_FETCH_ALLOW_PRIVATE === '1',
    maxBytes: 5 * 1024 * 1024,
    timeoutMs: 10_000,
    maxRedirects: 5,
    allowAddresses: (process.env.ENTENTE_FETCH_ALLOW_ADDRESSES ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    ...overrides,
  };
  return async function fetchText(address: string): Promise<FetchedText> {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw refuse(`${JSON.stringify(address.slice(0, 100))} is not a URL`);
    }
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      for (let hop = 0; ; hop += 1) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
          throw refuse(`only http and https URLs are fetched (got ${url.protocol})`);
        if (url.username || url.password) throw refuse('a URL with credentials is not fetched');
        const host = url.hostname.replace(/^\[|\]$/g, '');
        if (isIP(host) && !allowed(options)(host)) {
          throw refuse(
            `${host} is a loopback, private or link-local address; the server does not fetch those`,
          );
        }
        const response = await get(url, options, signal);
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.destroy();
          if (hop >= options.maxRedirects)
            throw refuse(`more than ${options.maxRedirects} redirects`);
          url = new URL(response.headers.location, url);
          continue;
        }
        if (status !== 200) {
          response.destroy();
          throw refuse(`the server answered ${status}`);
        }
        const type = String(response.headers['content-type'] ?? '')
          .split(';')[0]!
          .trim()
          .toLowerCase();
        if (!TEXT_TYPES.has(type)) {
          response.destroy();
          throw refuse(
            `the page is ${type || 'of no declared type'}; only HTML, plain text and Markdown are read`,
          );
        }
        const body = await readBody(response, options.maxBytes);
        let decoded: string;
        try {
          decoded = new TextDecoder('utf-8', { fatal: true }).decode(body);
        } catch {
          throw refuse('the page is not valid UTF-8 text');
        }
        if (type === 'text/html' || type === 'application/xhtml+xml') {
          const article = articleText(decoded);
          return { ...article, url: url.href };
        }
        return { title: null, text: decoded, url: url.href };
      }
    } catch (error) {
      if (error instanceof FetchRefusal) throw refuse(`refused: ${error.message}`);
      if ((error as Error).name === 'TimeoutError' || signal.aborted)
        throw refuse(`no complete answer within ${options.timeoutMs / 1000} s`);
      if ((error as { extensions?: unknown }).extensions) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw refuse(`could not fetch ${url.host}: ${code ?? (error as Error).message}`);
    }
  };
}
