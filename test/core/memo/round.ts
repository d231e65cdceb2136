import { consolidate } from "../../../src/core/consolidate";
import type { Consolidation } from "../../../src/core/consolidate";
import type { FundingLine, RegionProposal, RoundSettings } from "../../../src/core/model/round";
import { issue, item, line, proposal, settings } from "../consolidate/fixtures";

export const NBSP = "\u00a0";

/** A small round: three mainland regions (one late, one with errors), Åland, and the funding lines. */
export interface Round {
  readonly proposals: readonly RegionProposal[];
  readonly settings: RoundSettings;
  readonly consolidation: Consolidation;
}

export const SCRIPT = "<script>alert(1)</script>";
export const FORMULA = '=HYPERLINK("x")';

export function sumCents(lines: readonly FundingLine[], akke: boolean): number {
  return lines
    .filter((l) => (l.fundingSource === "akke") === akke)
    .reduce((s, l) => s + l.years.reduce((t, y) => t + y.cents, 0), 0);
}

export function smallRound(more: Partial<RoundSettings> = {}): Round {
  const s = settings({
    deadline: 46096, // 15.3.2026
    allocations: [
      { region: "MK04", cents: 900_000_00, maxShare: null },
      { region: "MK19", cents: 1_200_000_00, maxShare: null },
      { region: "MK02", cents: 1_000_000_00, maxShare: null },
    ],
    ...more,
  });
  const proposals = [
    proposal(
      "MK04",
      [
        item("1", {
          theme: "rdi",
          level: "national",
          leadMinistry: "TEM",
          nationalMeasure: "Rahoitusmalli",
          legislation: "Muutos lakiin",
          statute: "756/2021 27 §",
          indicator: "Yritysten TKI-menot",
          target: "5",
        }),
        item("2", {
          theme: "accessibility",
          objective: SCRIPT,
          level: "interregional",
          leadMinistry: "LVM",
        }),
      ],
      [
        line("1", "akke", [
          [2026, 500_000_00],
          [2027, 366_000_00],
        ]),
        line("1", "eu-structural", [[2026, 120_000_00]]),
      ],
      { date: 46100 },
    ),
    proposal(
      "MK19",
      [
        item("1", {
          theme: "rdi",
          objective: FORMULA,
          level: "both",
          leadMinistry: "LVM",
          nationalMeasure: "Väylä",
          legislation: "Toinen muutos",
          statute: "756/2021 27 §",
        }),
      ],
      [line("1", "akke", [[2026, 1_150_000_00]]), line("1", "municipalities", [[2026, 50_000_00]])],
    ),
    proposal(
      "MK02",
      [item("1", { theme: "wellbeing" }), item("2", { theme: "rdi" })],
      [line("1", "akke", [[2026, 1_000_000_00]]), line("2", "akke-own", [[2027, 250_000_00]])],
    ),
    proposal(
      "MK21",
      [item("1", { theme: "digitalisation" })],
      [line("1", "private", [[2026, 1_000_00]])],
    ),
  ];
  const issues = [issue("MK19", "error"), issue("MK19", "error"), issue("MK19", "warning")];
  return { proposals, settings: s, consolidation: consolidate(proposals, s, issues) };
}
