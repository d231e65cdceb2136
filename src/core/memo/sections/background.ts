import { matchKey } from "../../text/normalise";
import { DEFAULT_LEGAL_BASIS } from "../../rules/round/defaults";
import type { MemoWriter } from "../format";
import type { MemoBlock } from "../types";

/** Tausta / Bakgrund / Background: the procedure, legal basis, round and timetable. */
export function backgroundSection(w: MemoWriter, memoDate: string): MemoBlock[] {
  const s = w.settings;
  const blocks: MemoBlock[] = [
    { kind: "heading", text: w.t("memo.heading.background") },
    { kind: "paragraph", text: w.t("memo.background.discussions") },
    { kind: "paragraph", text: w.t("memo.background.legalBasis", { legalBasis: legalBasis(w) }) },
  ];
  const round: string[] = [];
  if (s.round.trim() !== "") round.push(w.t("memo.background.round", { round: s.round.trim() }));
  if (s.period !== null)
    round.push(w.t("memo.background.period", { period: `${s.period.start}–${s.period.end}` }));
  if (s.budgetYear !== null)
    round.push(w.t("memo.background.budgetYear", { year: String(s.budgetYear) }));
  round.push(w.t("memo.background.envelope", { envelope: w.euros(s.envelopeCents) }));
  round.push(
    w.t("memo.background.limits", { share: w.percent(s.maxShare), themes: w.integer(s.maxThemes) }),
  );
  blocks.push({ kind: "paragraph", text: round.join(" ") });

  const timetable = [
    s.deadline === null
      ? w.t("memo.background.noDeadline")
      : w.t("memo.background.deadline", { deadline: w.date(s.deadline) }),
    w.t("memo.background.basedOn", { date: memoDate }),
  ];
  blocks.push({ kind: "paragraph", text: timetable.join(" ") });
  if (!s.fromWorkbook) blocks.push({ kind: "paragraph", text: w.t("memo.background.defaults") });
  return blocks;
}

/** The act's title in the memo's language when the setting is the default in any language. */
function legalBasis(w: MemoWriter): string {
  const given = w.settings.legalBasis.trim();
  const isDefault =
    given === "" || Object.values(DEFAULT_LEGAL_BASIS).some((t) => matchKey(t) === matchKey(given));
  return isDefault ? DEFAULT_LEGAL_BASIS[w.lang] : given;
}
