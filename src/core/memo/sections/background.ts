import { matchKey } from "../../text/normalise";
import { DEFAULT_LEGAL_BASIS } from "../../rules/round/defaults";
import { statuteTitle } from "../../vocabulary/statutes";
import type { MemoWriter } from "../format";
import type { MemoBlock } from "../types";

/** The act on the funding of regional development, cited beside the legal basis. */
const FUNDING_ACT = "757/2021";
const REGIONAL_DEVELOPMENT_ACT = "756/2021";

/**
 * Tausta / Bakgrund / Background: the procedure, the legal basis (Acts 756/2021 and
 * 757/2021), AKKE spelt out at its first mention, the round and its timetable.
 */
export function backgroundSection(w: MemoWriter, memoDate: string): MemoBlock[] {
  const s = w.settings;
  const blocks: MemoBlock[] = [
    { kind: "heading", text: w.t("memo.heading.background") },
    { kind: "paragraph", text: w.t("memo.background.discussions") },
    { kind: "paragraph", text: legalBasisSentence(w) },
  ];
  const round: string[] = [];
  if (s.round.trim() !== "") round.push(w.t("memo.background.round", { round: s.round.trim() }));
  if (s.period !== null)
    round.push(w.t("memo.background.period", { period: `${s.period.start}–${s.period.end}` }));
  if (s.budgetYear !== null)
    round.push(w.t("memo.background.budgetYear", { year: String(s.budgetYear) }));
  round.push(w.t("memo.background.envelope", { envelope: w.euros(s.envelopeCents) }));
  round.push(
    w.t("memo.background.limits", {
      share: w.percent(s.maxShare),
      themes: w.count("themes", s.maxThemes),
    }),
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

/**
 * The legal basis of the settings (the statute table's title of Act 756/2021 in the memo's
 * language when the setting is the default in any language), and Act 757/2021 beside it
 * unless the setting already names it.
 */
function legalBasisSentence(w: MemoWriter): string {
  const given = w.settings.legalBasis.trim();
  const isDefault =
    given === "" || Object.values(DEFAULT_LEGAL_BASIS).some((t) => matchKey(t) === matchKey(given));
  const legalBasis = isDefault ? statuteTitle(REGIONAL_DEVELOPMENT_ACT, w.lang) : given;
  return legalBasis.includes(FUNDING_ACT)
    ? w.t("memo.background.legalBasis", { legalBasis })
    : w.t("memo.background.legalBasisAnd", {
        legalBasis,
        fundingAct: statuteTitle(FUNDING_ACT, w.lang),
      });
}
