import { consolidate } from "../../src/core/consolidate/consolidate";
import { consolidationPlan } from "../../src/core/consolidate/plan";
import type { Consolidation } from "../../src/core/consolidate/types";
import type { Lang } from "../../src/core/model/lang";
import type { FundingLine, Item, RegionProposal, RoundSettings } from "../../src/core/model/round";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { readXlsx } from "../../src/workbook/xlsx/readXlsx";
import { writeXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { item, line, proposal, settings } from "../core/consolidate/fixtures";

/** One item as the test writes it: funding per source in cents. */
export interface Spec {
  readonly region: string;
  readonly id: string;
  readonly theme: string;
  readonly objective: string;
  readonly status: string | null;
  readonly progress: string;
  readonly funding: readonly (readonly [string, number])[];
}

const spec = (
  region: string,
  id: string,
  theme: string,
  objective: string,
  status: string | null,
  progress: string,
  funding: readonly (readonly [string, number])[],
): Spec => ({ region, id, theme, objective, status, progress, funding });

/**
 * The previous round (2025): Varsinais-Suomi with four items, Pohjois-Savo with one, Lappi
 * with one (Lappi sends nothing this round).
 */
export const PREVIOUS: readonly Spec[] = [
  spec("MK02", "1", "rdi", "Yritysten TKI-yhteistyö vahvistuu", "in-progress", "12 hanketta", [
    ["akke", 100_000_00],
    ["region", 20_000_00],
  ]),
  spec("MK02", "2", "accessibility", "Raideyhteys Turku–Helsinki etenee", "not-started", "", [
    ["akke", 50_000_00],
  ]),
  spec("MK02", "3", "digitalisation", "Kuituverkko kattaa haja-asutusalueet", "delayed", "60 %", [
    ["akke", 30_000_00],
    ["eu-structural", 10_000_50],
  ]),
  spec("MK02", "4", "green-transition", "Teollisuuden päästöt vähenevät", "in-progress", "", [
    ["akke", 40_000_00],
  ]),
  spec(
    "MK11",
    "A1",
    "skills-education",
    "Jatkuva oppiminen vahvistuu alueella",
    "in-progress",
    "40 %",
    [
      ["akke", 70_000_00],
      ["municipalities", 5_000_25],
    ],
  ),
  spec("MK19", "1", "rdi", "Arktinen osaaminen kasvaa", "in-progress", "", [["akke", 25_000_00]]),
];

/**
 * This round: in Varsinais-Suomi item 1 continues (status and outcome changed), the fibre
 * item is renumbered 3 → 2 with the same objective, the rail item renumbered 2 → 3 with one
 * word added, item 4 is dropped and item 5 is new; Pohjois-Savo keeps id A1 with a rewritten
 * objective; Satakunta takes part for the first time.
 */
export const CURRENT: readonly Spec[] = [
  spec("MK02", "1", "rdi", "Yritysten TKI-yhteistyö vahvistuu", "completed", "15 hanketta", [
    ["akke", 120_000_00],
    ["region", 20_000_00],
  ]),
  spec("MK02", "2", "digitalisation", "Kuituverkko kattaa haja-asutusalueet.", "delayed", "60 %", [
    ["akke", 35_000_00],
  ]),
  spec(
    "MK02",
    "3",
    "accessibility",
    "Raideyhteys Turku–Helsinki etenee nopeasti",
    "not-started",
    "",
    [
      ["akke", 50_000_00],
      ["state-other", 12_345_67],
    ],
  ),
  spec("MK02", "5", "wellbeing", "Ikääntyneiden palvelut paranevat", null, "", [
    ["akke", 60_000_00],
    ["municipalities", 15_000_00],
  ]),
  spec(
    "MK11",
    "A1",
    "skills-education",
    "Osaavan työvoiman saatavuus paranee",
    "in-progress",
    "45 %",
    [["akke", 80_000_00]],
  ),
  spec("MK04", "1", "rdi", "Satakunnan yritysten TKI kasvaa", "not-started", "", [
    ["akke", 90_000_00],
  ]),
];

export const SETTINGS: RoundSettings = settings();

function proposals(specs: readonly Spec[]): RegionProposal[] {
  const regions = [...new Set(specs.map((s) => s.region))];
  return regions.map((region) => {
    const own = specs.filter((s) => s.region === region);
    const items: Item[] = own.map((s, i) =>
      item(
        s.id,
        {
          theme: s.theme,
          objective: s.objective,
          implementationStatus: s.status,
          progress: s.progress,
          indicator: "Mittari",
        },
        10 + i,
      ),
    );
    const funding: FundingLine[] = own.flatMap((s) =>
      s.funding.map(([source, cents]) => line(s.id, source, [[2026, cents]])),
    );
    return proposal(region, items, funding);
  });
}

export function consolidated(specs: readonly Spec[]): Consolidation {
  return consolidate(proposals(specs), SETTINGS, []);
}

const EMPTY: WorkbookSnapshot = { file: "", sheets: [], registry: [], structureProtected: false };

/** The summary workbook the product writes for `specs` in `lang`, read back as a file is. */
export async function writtenSummary(
  specs: readonly Spec[],
  lang: Lang,
  file = "Yhteenveto-2025.xlsx",
): Promise<{ bytes: Uint8Array; snapshot: WorkbookSnapshot }> {
  const plan = consolidationPlan(consolidated(specs), SETTINGS, lang, EMPTY, {
    time: "2025-03-01T10:00:00.000Z",
    date: 45717,
  });
  const { bytes } = await writeXlsx(plan);
  return { bytes, snapshot: await readXlsx(bytes, file) };
}
