// HTTP GET with node's own fetch (undici, built into Node 20: no dependency, streams, abort
// signals) and a stall timeout: the request fails when no byte arrives for `timeoutMs`, while
// connecting, before the headers or in the middle of the body. A total deadline would fail a
// large file on a slow but working link; a stall is what a hung server looks like.
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { FetchFault } from './fetch-fault.ts';

export interface GetOptions {
  /** Milliseconds without a byte before giving up. */
  timeoutMs: number;
}

/** The response body as a Node stream; the stall timer runs until it ends. */
export async function httpGet(url: string, options: GetOptions): Promise<Readable> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
  };
  const fault = (error: unknown): FetchFault => {
    if (error instanceof FetchFault) return error;
    if (timedOut)
      return new FetchFault('timeout', `no data for ${options.timeoutMs / 1000} s from ${url}`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error as Error).message;
    return new FetchFault('network error', `${why} from ${url}`);
  };
  arm();
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, redirect: 'follow' });
  } catch (error) {
    clearTimeout(timer);
    throw fault(error);
  }
  if (!response.ok || !response.body) {
    clearTimeout(timer);
    await response.body?.cancel().catch(() => {});
    if (response.status === 404) throw new FetchFault('not found (404)', `HTTP 404 from ${url}`);
    throw new FetchFault(
      'HTTP error',
      `HTTP ${response.status} ${response.statusText}`.trim() + ` from ${url}`,
      response.status >= 500 || response.status === 429,
    );
  }
  arm();
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  // Every chunk re-arms the stall timer on its way through.
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      arm();
      done(null, chunk);
    },
    flush(done) {
      clearTimeout(timer);
      done();
    },
  });
  body.on('error', (error) => tap.destroy(fault(error)));
  tap.on('close', () => {
    clearTimeout(timer);
    if (!body.destroyed) body.destroy();
  });
  return body.pipe(tap);
}
