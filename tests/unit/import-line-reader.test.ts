import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLineChunks } from '../../seed/import/input/line-reader.ts';

async function lines(chunks: (string | Buffer)[]) {
  const out: { line: number; text: string | null }[] = [];
  for await (const chunk of readLineChunks(Readable.from(chunks.map((c) => Buffer.from(c))))) {
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
});
