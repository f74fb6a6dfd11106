import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineTooLongError, readLineChunks } from '../../seed/import/input/line-reader.ts';

async function lines(chunks: (string | Buffer)[], maxLineBytes?: number) {
  const out: { line: number; text: string | null }[] = [];
  const stream = Readable.from(chunks.map((c) => Buffer.from(c)));
  for await (const chunk of readLineChunks(stream, { maxLineBytes })) {
    chunk.lines.forEach((text, i) => out.push({ line: chunk.firstLine + i, text }));
  }
  return out;
}

describe('readLineChunks', () => {
  it('numbers lines across chunk boundaries and keeps a last line without a newline', async () => {
    expect(await lines(['a\tb\nc', 'd\ne\n', 'f'])).toEqual([
      { line: 1, text: 'a\tb' },
      { line: 2, text: 'cd' },
      { line: 3, text: 'e' },
      { line: 4, text: 'f' },
    ]);
  });

  it('drops the carriage return of CRLF line ends', async () => {
    expect((await lines(['x\r\ny\r\n'])).map((l) => l.text)).toEqual(['x', 'y']);
  });

  it('keeps a multi-byte character split between chunks intact', async () => {
    const bytes = Buffer.from('Côte\n');
    const out = await lines([bytes.subarray(0, 2), bytes.subarray(2)]);
    expect(out).toEqual([{ line: 1, text: 'Côte' }]);
  });

  it('marks only the line with invalid UTF-8, with its line number', async () => {
    const bad = Buffer.concat([
      Buffer.from('ok\nbad '),
      Buffer.from([0xff]),
      Buffer.from('\nok again\n'),
    ]);
    expect(await lines([bad])).toEqual([
      { line: 1, text: 'ok' },
      { line: 2, text: null },
      { line: 3, text: 'ok again' },
    ]);
  });

  it('yields nothing for an empty stream', async () => {
    expect(await lines([])).toEqual([]);
  });

  it('drops a UTF-8 byte order mark at the start, even split over chunks, and only there', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(await lines([Buffer.concat([bom, Buffer.from('a\nb\n')])])).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
    ]);
    expect((await lines([bom.subarray(0, 1), bom.subarray(1), 'a\n'])).map((l) => l.text)).toEqual([
      'a',
    ]);
    expect((await lines(['a\n\uFEFFb\n'])).map((l) => l.text)).toEqual(['a', '\uFEFFb']);
  });

  it('marks the last chunk when the text ends without a newline, not when it ends with one', async () => {
    const flags = async (text: string) => {
      const out: boolean[] = [];
      for await (const chunk of readLineChunks(Readable.from([Buffer.from(text)])))
        out.push(chunk.unterminated === true);
      return out;
    };
    expect(await flags('a\nb\n')).toEqual([false]);
    expect(await flags('a\nb')).toEqual([false, true]);
  });

  it('stops at a line longer than the cap, naming the line, within or across chunks', async () => {
    const long = 'x'.repeat(3000);
    await expect(lines([`a\nb\n${long}\nc\n`], 2048)).rejects.toMatchObject({ line: 3 });
    await expect(lines(['a\n', 'x'.repeat(1500), 'x'.repeat(1500), '\nb\n'], 2048)).rejects.toThrow(
      new LineTooLongError(2, 2048),
    );
    expect(await lines([`a\n${'x'.repeat(2048)}\n`], 2048)).toHaveLength(2); // at the cap: fine
  });

  it('refuses an endless line after reading about the cap, not the whole stream', async () => {
    let served = 0;
    const endless = Readable.from(
      (function* () {
        for (; served < 10_000; served++) yield Buffer.alloc(64 * 1024, 0x78); // 640 MB of 'x'
      })(),
    );
    const reading = (async () => {
      for await (const _ of readLineChunks(endless, { maxLineBytes: 1 << 20 })) void _;
    })();
    await expect(reading).rejects.toBeInstanceOf(LineTooLongError);
    expect(served).toBeLessThan(40); // 1 MiB is 16 chunks; a few more may be buffered
  });
});
