/**
 * Raw-deflate decompression with an output cap, so that looking at the start of an entry
 * never inflates the rest of it. The default uses the web `DecompressionStream`
 * (browsers, Node ≥ 20); a Node zlib inflater can be injected (see `nodeInflater.ts`).
 */

/**
 * Inflates raw-deflate `compressed`, returning at most `maxBytes` bytes of output (fewer
 * when the entry is shorter). Rejects on corrupt data.
 */
export type Inflater = (compressed: Uint8Array, maxBytes: number) => Promise<Uint8Array>;

export function defaultInflater(): Inflater | null {
  if (typeof DecompressionStream === "undefined") return null;
  try {
    new DecompressionStream("deflate-raw");
  } catch {
    return null;
  }
  return inflateWithStream;
}

async function inflateWithStream(compressed: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // The writer's promises reject when the reader cancels early; that is expected.
  writer.write(new Uint8Array(compressed)).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
    }
  } finally {
    if (total >= maxBytes) await reader.cancel().catch(() => undefined);
    else reader.releaseLock();
  }
  return concat(chunks, Math.min(total, maxBytes));
}

export function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    if (at >= length) break;
    const part = chunk.subarray(0, length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}
