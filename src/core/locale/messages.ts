import type { MessageKey } from "../i18n/catalogue";
import type { NotANumberReason } from "./readNumber";
import type { PeriodProblem } from "./periods";

/** Message keys (i18n area `locale`) for why a cell could not be read. */
export const numberReasonKey = (reason: NotANumberReason): MessageKey => `locale.number.${reason}`;
export const periodReasonKey = (reason: PeriodProblem): MessageKey => `locale.period.${reason}`;
export const dateReasonKey = (reason: "missing" | "unreadable"): MessageKey =>
  `locale.date.${reason}`;
