import { text, num, type CellValue } from "../model/cell";
import type { RoundSettings } from "../model/round";
import { hashValues } from "../model/registry";

/** What tells one round from another: a returned package must come from this one. */
export interface RoundIdentity {
  readonly round: string;
  readonly referenceNumber: string;
  /** Hash of the round's name, reference number, period and budget year. */
  readonly hash: string;
}

/**
 * The round's identity. Only what names the round goes in: a deadline or an allocation moved
 * after the packages were sent does not make them another round's.
 */
export function roundIdentity(settings: RoundSettings): RoundIdentity {
  const cells: CellValue[] = [
    text(settings.round.trim()),
    text(settings.referenceNumber.trim()),
    num(settings.period?.start ?? 0),
    num(settings.period?.end ?? 0),
    num(settings.budgetYear ?? 0),
  ];
  return {
    round: settings.round.trim(),
    referenceNumber: settings.referenceNumber.trim(),
    hash: hashValues([cells]),
  };
}
