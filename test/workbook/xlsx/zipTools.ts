/** Test helpers: a zip writer independent of the one under test, and JSZip to look inside files. */
import JSZip from "jszip";
import { crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  readonly store?: boolean;
  readonly flags?: number;
  /** Lie in the central directory about the uncompressed size. */
  readonly declaredSize?: number;
  /** Store a wrong CRC-32. */
  readonly crc?: number;
}

export function buildZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw =
      typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const data = entry.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(entry.name, "utf8");
    const method = entry.store ? 0 : 8;
    const size = entry.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    const crc = entry.crc ?? crc32(raw);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

export async function entryText(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(name);
  if (!file) throw new Error(`no entry ${name}`);
  return file.async("string");
}

export async function entryNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files);
}

/** A copy of a zip with entries changed or added, deflated as Excel would. */
export async function editZip(
  bytes: Uint8Array,
  edits: Record<string, string | Uint8Array | ((text: string) => string)>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    if (typeof edit === "function") {
      const file = zip.file(name);
      if (!file) throw new Error(`no entry ${name}`);
      zip.file(name, edit(await file.async("string")));
    } else zip.file(name, edit);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The entries of a zip rebuilt with node's zlib, plus extra raw entries: fast for big ones. */
export async function withEntries(
  bytes: Uint8Array,
  extra: readonly RawEntry[],
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const entries: RawEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (!file.dir) entries.push({ name: file.name, data: await file.async("uint8array") });
  }
  return buildZip([...entries, ...extra]);
}
