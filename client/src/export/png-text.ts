// Writes text into a PNG as a tEXt chunk (PNG 1.2 §11.3.4.3), so an exported picture names
// its sources like every other export. Image viewers ignore the chunk; `exiftool` or
// `pngcheck -t` show it.

const SIGNATURE_LENGTH = 8;

let crcTable: Uint32Array | null = null;

/** CRC-32 as PNG defines it (ISO 3309 polynomial), over chunk type and data. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** tEXt holds Latin-1; other characters become '?' rather than corrupting the chunk. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f));
}

/** Returns the PNG with a tEXt chunk `keyword` = `text` right after its IHDR chunk. */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const ihdrLength = view.getUint32(SIGNATURE_LENGTH);
  const insertAt = SIGNATURE_LENGTH + 12 + ihdrLength; // length + type + data + CRC
  const data = new Uint8Array([...latin1(keyword), 0, ...latin1(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const chunkView = new DataView(chunk.buffer);
  chunkView.setUint32(0, data.length);
  chunk.set(latin1('tEXt'), 4);
  chunk.set(data, 8);
  chunkView.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, insertAt), 0);
  out.set(chunk, insertAt);
  out.set(png.subarray(insertAt), insertAt + chunk.length);
  return out;
}
