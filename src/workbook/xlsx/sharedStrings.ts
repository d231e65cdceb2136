/** `xl/sharedStrings.xml`: the workbook's string table. */
import { CLOSE, END, OPEN, TEXT, XmlScanner, decodeCellEscapes } from "./xmlScanner";

/**
 * The text of a string item (`<si>` or a cell's `<is>`) just opened: its `<t>` directly or
 * its rich-text runs' `<t>` joined; phonetic runs (`<rPh>`) left out. Consumes the CLOSE.
 */
export function stringItemText(scanner: XmlScanner): string {
  if (scanner.selfClosing) return "";
  const item = scanner.name;
  let depth = 0;
  let phoneticDepth = -1;
  let inText = false;
  let out = "";
  for (;;) {
    const token = scanner.next();
    if (token === END) return decodeCellEscapes(out);
    if (token === TEXT) {
      if (inText) out += scanner.text();
    } else if (token === OPEN) {
      if (scanner.selfClosing) continue;
      depth++;
      if (scanner.name === "rPh" && phoneticDepth < 0) phoneticDepth = depth;
      else if (scanner.name === "t" && phoneticDepth < 0) inText = true;
    } else {
      if (depth === 0 && scanner.name === item) return decodeCellEscapes(out);
      if (scanner.name === "t") inText = false;
      if (depth === phoneticDepth) phoneticDepth = -1;
      depth--;
    }
  }
}

export function parseSharedStrings(xml: string, onItem?: () => void): string[] {
  const scanner = new XmlScanner(xml);
  const strings: string[] = [];
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === OPEN && scanner.name === "si") {
      strings.push(stringItemText(scanner));
      onItem?.();
    } else if (token === CLOSE && scanner.name === "sst") break;
  }
  return strings;
}
