/**
 * The parts of an Open Packaging Conventions zip (ECMA-376 Part 2) as the reader needs them:
 * part names compared without case (OPC part names are case-insensitive) and with
 * backslashes tolerated, relationship targets resolved relative to the source part's folder
 * or, with a leading "/", from the package root; external targets ignored. Every part read
 * is inflated with a cap at its declared size and checked against its CRC-32.
 */
import { crc32 } from "./crc32";
import { XlsxReadError } from "./errors";
import { readEntry } from "./fileLimits";
import type { Inflater } from "./inflate";
import { OPEN, XmlScanner } from "./xmlScanner";
import type { ZipEntry } from "./zipDirectory";
import { partKey } from "./partKey";

/** The folder of a part, with a trailing "/" unless it is the root. */
function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash + 1);
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's own: `_rels/.rels`. */
function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target.replace(/\\/g, "/");
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A lone "%" is a literal percent sign in a part name.
  }
  const hash = decoded.indexOf("#");
  if (hash >= 0) decoded = decoded.slice(0, hash);
  return partKey(decoded.startsWith("/") ? decoded : folderOf(sourcePart) + decoded);
}

export interface Relationship {
  readonly id: string;
  /** The relationship type's last path segment: `worksheet`, `sharedStrings`, `table`… */
  readonly type: string;
  /** The target part's key; external targets are left out. */
  readonly target: string;
}

function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const scanner = new XmlScanner(xml);
  const out: Relationship[] = [];
  for (let token = scanner.next(); token !== 0; token = scanner.next()) {
    if (token !== OPEN || scanner.name !== "Relationship") continue;
    if (scanner.attribute("TargetMode")?.toLowerCase() === "external") continue;
    const id = scanner.attribute("Id");
    const type = scanner.attribute("Type") ?? "";
    const target = scanner.attribute("Target");
    if (id === undefined || target === undefined) continue;
    out.push({
      id,
      type: type.slice(type.lastIndexOf("/") + 1),
      target: resolveTarget(sourcePart, target),
    });
  }
  return out;
}

export class OpcPackage {
  private readonly byKey = new Map<string, ZipEntry>();
  private readonly decoder = new TextDecoder("utf-8");

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly fileName: string,
    private readonly inflate: Inflater | undefined,
  ) {
    for (const entry of entries) {
      const key = partKey(entry.name);
      if (!this.byKey.has(key)) this.byKey.set(key, entry);
    }
  }

  has(part: string): boolean {
    return this.byKey.has(part);
  }

  /**
   * The part's bytes, or null when the package has no such part. Refuses (throws
   * `XlsxReadError`) an entry that inflates to more or fewer bytes than the central
   * directory declares, stopping at one byte over, or whose CRC-32 does not match.
   */
  async bytesOf(part: string): Promise<Uint8Array | null> {
    const entry = this.byKey.get(part);
    if (!entry) return null;
    const declared = entry.uncompressedSize;
    const data = await readEntry(this.bytes, entry, declared + 1, this.inflate);
    if (data === null) this.refuse({ code: "corrupt", detail: `unreadable-entry:${entry.name}` });
    if (data.length !== declared) {
      this.refuse({
        code: "entry-size-mismatch",
        entry: entry.name,
        declared,
        inflated: data.length > declared ? "more" : "less",
      });
    }
    if (crc32(data) !== entry.crc32) this.refuse({ code: "crc-mismatch", entry: entry.name });
    return data;
  }

  /** The part as text (UTF-8, or UTF-16 with its byte-order mark), or null when missing. */
  async textOf(part: string): Promise<string | null> {
    const data = await this.bytesOf(part);
    if (data === null) return null;
    if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
    if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
    return this.decoder.decode(data);
  }

  async relationshipsOf(part: string): Promise<Relationship[]> {
    const xml = await this.textOf(partKey(relationshipsPartOf(part)));
    return xml === null ? [] : parseRelationships(xml, part);
  }

  private refuse(reason: ConstructorParameters<typeof XlsxReadError>[0]): never {
    throw new XlsxReadError(reason, this.fileName);
  }
}
