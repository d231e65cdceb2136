import { createInflateRaw } from "node:zlib";
import { concat, type Inflater } from "./inflate";

/** Node's zlib as an `Inflater`, for the command line and tests; never bundled for the browser. */
export const nodeInflater: Inflater = (compressed, maxBytes) =>
  new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve(concat(chunks, Math.min(total, maxBytes)));
    };
    inflater.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      total += chunk.length;
      if (total >= maxBytes) {
        finish();
        inflater.destroy();
      }
    });
    inflater.on("end", finish);
    inflater.on("error", (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    inflater.end(compressed);
  });
