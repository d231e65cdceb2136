import { consolidate } from "../../../src/core/consolidate";
import type { Consolidation } from "../../../src/core/consolidate";
import type { Allocation, RegionProposal, RoundSettings } from "../../../src/core/model/round";
import { ELIGIBLE_REGION_CODES } from "../../../src/core/vocabulary/regions";
import { issue, item, line, proposal, settings } from "../consolidate/fixtures";

/**
 * A realistic round as the ministry sees it: 17 of the 18 regions submit (Kainuu, with an
 * allocation of 700 000 €, does not); every allocation is 866 000 € but Kainuu's, and the
 * regions propose exactly that, except Satakunta (876 000 €: 10 000 € over) and Lappi
 * (800 000 €: 66 000 € not yet proposed). Fourteen regions ask for changes to 380/2023, in
 * the ways people write it, on items led by several ministries; Pirkanmaa names a statute
 * the table does not know. Pohjois-Karjala has errors. Two national items have a ministry
 * position, one a follow-up decision; two ask for state expert support.
 */
export interface MinistryRound {
  readonly proposals: readonly RegionProposal[];
  readonly settings: RoundSettings;
  readonly consolidation: Consolidation;
}

export const KAINUU = "MK18";
export const ALLOCATION = 866_000_00;

const STATUTE_SPELLINGS = [
  "380/2023",
  "380/2023 5 §",
  "L 380/2023",
  "Laki työvoimapalvelujen järjestämisestä (380/2023)",
  "380 / 2023",
];

export function ministryRound(): MinistryRound {
  const allocations: Allocation[] = ELIGIBLE_REGION_CODES.map((region) => ({
    region,
    cents: region === KAINUU ? 700_000_00 : ALLOCATION,
    maxShare: null,
  }));
  const s = settings({
    deadline: 46096, // 15.3.2026
    allocations,
    envelopeCents: 16_000_000_00,
    author: "Maija Virtanen",
  });
  const submitting = ELIGIBLE_REGION_CODES.filter((r) => r !== KAINUU);
  const proposals = submitting.map((region, index) => {
    const akke = region === "MK04" ? 876_000_00 : region === "MK19" ? 800_000_00 : ALLOCATION;
    const asks380 = index < 14;
    const items = [
      item("1", {
        theme: "labour-availability",
        level: "national",
        leadMinistry: index % 3 === 0 ? "OKM" : "TEM",
        nationalMeasure: "Työvoimapalvelujen alueellinen joustavuus",
        legislation: asks380 ? `Muutos ${index + 1}` : "",
        statute: asks380 ? STATUTE_SPELLINGS[index % STATUTE_SPELLINGS.length] : "",
        ministryPosition:
          region === "MK02" ? "supports" : region === "MK05" ? "to-be-examined" : null,
        nationalFollowUp: region === "MK02" ? "forward" : null,
        expertSupport: region === "MK09" ? "Väyläviraston suunnitteluapu" : "",
      }),
      item("2", {
        theme: "accessibility",
        level: "interregional",
        leadMinistry: "LVM",
        nationalMeasure: "Rataverkon kehittäminen",
        legislation: region === "MK06" ? "Uusi säännös" : "",
        statute: region === "MK06" ? "123/2020" : "",
        expertSupport: region === "MK10" ? "Liikenneviraston asiantuntija" : "",
      }),
    ];
    return proposal(
      region,
      items,
      [
        line("1", "akke", [
          [2026, akke - 300_000_00],
          [2027, 300_000_00],
        ]),
        line("2", "municipalities", [[2026, 943_053_00]]),
      ],
      { date: 46090 },
    );
  });
  const issues = [issue("MK12", "error"), issue("MK12", "error"), issue("MK12", "warning")];
  return { proposals, settings: s, consolidation: consolidate(proposals, s, issues) };
}
