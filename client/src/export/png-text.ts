// Writes text into a PNG as an iTXt chunk (PNG 1.2 §11.3.4.5: UTF-8, uncompressed), so an
// exported picture names its view and sources like every other export; quotes and names keep
// their non-Latin characters. Image viewers ignore the chunk; `exiftool` shows it.

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

/**
 * The PNG with an iTXt chunk `keyword` = `text` right after its IHDR chunk. The keyword must be
 * 1–79 Latin-1 characters (a registered one such as "Description" is best).
 */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const ihdrLength = view.getUint32(SIGNATURE_LENGTH);
  const insertAt = SIGNATURE_LENGTH + 12 + ihdrLength; // length + type + data + CRC
  const encoder = new TextEncoder();
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translation NUL.
  const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const chunkView = new DataView(chunk.buffer);
  chunkView.setUint32(0, data.length);
  chunk.set(encoder.encode('iTXt'), 4);
  chunk.set(data, 8);
  chunkView.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, insertAt), 0);
  out.set(chunk, insertAt);
  out.set(png.subarray(insertAt), insertAt + chunk.length);
  return out;
}
