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
  const out = new CappedBuffer(maxBytes);
  let full = false;
  try {
    while (!full) {
      const { done, value } = await reader.read();
      if (done) break;
      full = out.add(value);
    }
  } finally {
    if (full) await reader.cancel().catch(() => undefined);
    else reader.releaseLock();
  }
  return out.bytes();
}

/**
 * Output gathered into one buffer of the cap's size as it comes, so that a whole entry is
 * never held twice (chunks and their concatenation). The cap is a declared size the file
 * limits have already bounded; pages the output never reaches are not touched.
 */
export class CappedBuffer {
  private readonly buffer: Uint8Array;
  private length = 0;

  constructor(maxBytes: number) {
    this.buffer = new Uint8Array(maxBytes);
  }

  /** Appends what fits; true once the cap is reached. */
  add(chunk: Uint8Array): boolean {
    const part = chunk.subarray(0, this.buffer.length - this.length);
    this.buffer.set(part, this.length);
    this.length += part.length;
    return this.length >= this.buffer.length;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
