import { createInflateRaw } from "node:zlib";
import { CappedBuffer, type Inflater } from "./inflate";

/** Node's zlib as an `Inflater`, for the command line and tests; never bundled for the browser. */
export const nodeInflater: Inflater = (compressed, maxBytes) =>
  new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    const out = new CappedBuffer(maxBytes);
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve(out.bytes());
    };
    inflater.on("data", (chunk: Buffer) => {
      if (settled) return;
      if (out.add(chunk)) {
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
