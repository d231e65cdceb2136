import { dateFromCell } from "../../locale/dates";
import { periodFromCells } from "../../locale/periods";
import type { Period } from "../../model/round";
import type { ProposalOutline } from "../../recognise/read";
import { REGIONS } from "../../vocabulary/regions";
import { cellText, formatSerial, issueValue } from "./cells";
import type { Reading } from "./context";
import { closestLabel, readVocab } from "./vocabCells";

export interface HeaderRead {
  readonly region: string | null;
  readonly period: Period | null;
  readonly contact: string;
  readonly date: number | null;
  readonly round: string;
}

export function formatPeriod(period: Period): string {
  return period.start === period.end ? String(period.start) : `${period.start}–${period.end}`;
}

/** HDR-REGION: the region is there and one of the vocabulary's (a near miss is fixed). */
function readRegion(r: Reading, read: ProposalOutline): string | null {
  const field = read.fields.region;
  if (!field) {
    r.sink.add("HDR-REGION", null, null, { variant: "missing" });
    return null;
  }
  const found = readVocab(r, field.cell, field.value, REGIONS);
  if (found.kind === "blank") r.sink.add("HDR-REGION", field.cell, null, { variant: "missing" });
  if (found.kind !== "value") return null;
  if (found.code === null) {
    const label = closestLabel(REGIONS, found.raw, r.sheetLang);
    r.sink.add(
      "HDR-REGION",
      field.cell,
      issueValue(field.value),
      { value: found.raw },
      label === null ? null : { kind: "text", text: label },
    );
  }
  return found.code;
}

/** HDR-PERIOD: missing, unreadable, ending before it starts, or over 10 years. */
function readPeriod(r: Reading, read: ProposalOutline): Period | null {
  const field = read.fields.period;
  if (!field) {
    r.sink.add("HDR-PERIOD", null, null, { variant: "missing", value: "" });
    return null;
  }
  if (field.value.kind === "error" || field.end?.value.kind === "error") return null;
  const result = periodFromCells(field.value, field.end?.value);
  if (result.ok) return result.period;
  const written = [cellText(field.value), field.end ? cellText(field.end.value) : ""]
    .filter((part) => part !== "")
    .join(" – ");
  r.sink.add("HDR-PERIOD", field.cell, issueValue(field.value), {
    variant: result.reason,
    value: written,
  });
  return null;
}

/** The proposal's date, and HDR-LATE when it is after the round's deadline. */
function readDate(r: Reading, read: ProposalOutline): number | null {
  const field = read.fields.date;
  if (!field) return null;
  const date = dateFromCell(field.value);
  if (!date.ok) return null;
  const deadline = r.settings.deadline;
  if (deadline !== null && date.serial > Math.floor(deadline))
    r.sink.add("HDR-LATE", field.cell, formatSerial(date.serial), {
      date: formatSerial(date.serial),
      deadline: formatSerial(Math.floor(deadline)),
    });
  return date.serial;
}

export function interpretHeader(r: Reading, read: ProposalOutline): HeaderRead {
  return {
    region: readRegion(r, read),
    period: readPeriod(r, read),
    contact: cellText(read.fields.contact?.value),
    date: readDate(r, read),
    round: cellText(read.fields.round?.value),
  };
}
