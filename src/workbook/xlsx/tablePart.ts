/** `xl/tables/tableN.xml`: an Excel table's name, range and header row. */
import { parseRangeA1 } from "../../core/model/address";
import type { TableSnapshot } from "../../core/model/snapshot";
import { END, OPEN, XmlScanner } from "./xmlScanner";

export function parseTable(xml: string): TableSnapshot | null {
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token !== OPEN || scanner.name !== "table") continue;
    const name = scanner.attribute("displayName") ?? scanner.attribute("name");
    const range = parseRangeA1(scanner.attribute("ref") ?? "");
    if (!name || !range) return null;
    // headerRowCount defaults to 1; Excel leaves it out then.
    return { name, range, showHeaders: scanner.attribute("headerRowCount") !== "0" };
  }
  return null;
}
