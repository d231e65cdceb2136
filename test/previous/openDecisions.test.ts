import { consolidate } from "../../src/core/consolidate/consolidate";
import { openNationalDecisions } from "../../src/core/consolidate/openDecisions";
import { consolidationPlan } from "../../src/core/consolidate/plan";
import { renderMemo } from "../../src/core/memo";
import type { PlanCell } from "../../src/core/model/cell";
import type { Lang } from "../../src/core/model/lang";
import type { Item } from "../../src/core/model/round";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { item, proposal, settings } from "../core/consolidate/fixtures";

const STATUTE = "Laki alueiden kehittämisestä 756/2021";

const national = (id: string, fields: Partial<Item>): Item =>
  item(id, { level: "national", objective: `Tavoite ${id}`, ...fields });

/** Each item's region, id and whether the test expects it on the list. */
const ROUND = {
  MK02: [
    national("1", { leadMinistry: "TEM", statute: STATUTE, ministryPosition: "supports" }),
    national("2", { level: "interregional", leadMinistry: "LVM", nationalFollowUp: "forward" }),
    national("3", {
      level: "both",
      leadMinistry: "TEM",
      statute: "laki  alueiden kehittämisestä 756/2021",
      nationalFollowUp: "examine",
    }),
  ],
  MK04: [national("1", { leadMinistry: "TEM", statute: "Alueiden kehittämislaki A" })],
  MK11: [
    national("1", { leadMinistry: "TEM" }),
    item("2", { level: "regional", leadMinistry: "TEM" }),
    national("3", { leadMinistry: "OKM", nationalFollowUp: "not-forward" }),
  ],
  MK19: [
    national("1", { leadMinistry: null }),
    national("2", {
      level: "interregional",
      leadMinistry: "OKM",
      statute: "Ammatillisen koulutuksen laki",
      nationalFollowUp: "examine",
      ministryPosition: "to-be-examined",
    }),
  ],
};

const s = settings();
const c = consolidate(
  Object.entries(ROUND).map(([region, items]) => proposal(region, items, [])),
  s,
  [],
);

/** What the test expects: by ministry in the Government's order, then statute, then region. */
const EXPECTED = [
  ["OKM", "Ammatillisen koulutuksen laki", "MK19", "2"],
  ["TEM", "Alueiden kehittämislaki A", "MK04", "1"],
  ["TEM", STATUTE, "MK02", "1"],
  ["TEM", STATUTE, "MK02", "3"],
  ["TEM", "", "MK11", "1"],
  [null, "", "MK19", "1"],
];

test("open national decisions: exactly the national items without a follow-up decision or under examination, by ministry and statute", () => {
  const rows = openNationalDecisions(c).flatMap((m) =>
    m.statutes.flatMap((st) =>
      st.entries.map((e) => [m.ministry, st.statute, e.region, e.item.itemId]),
    ),
  );
  expect(rows).toEqual(EXPECTED);
});

const EMPTY: WorkbookSnapshot = { file: "", sheets: [], registry: [], structureProtected: false };
const text = (cell: PlanCell): string =>
  cell.kind === "text" ? cell.text : cell.kind === "empty" ? "" : `(${cell.kind})`;

const WORDS: Record<
  Lang,
  { sheet: string; noStatute: string; noMinistry: string; supports: string; examined: string }
> = {
  fi: {
    sheet: "Avoimet kansalliset päätökset",
    noStatute: "(ei säädöstä)",
    noMinistry: "(ei ministeriötä)",
    supports: "Tukee",
    examined: "Selvitetään",
  },
  sv: {
    sheet: "Öppna nationella beslut",
    noStatute: "(ingen författning)",
    noMinistry: "(inget ministerium)",
    supports: "Stöder",
    examined: "Utreds",
  },
  en: {
    sheet: "Open national decisions",
    noStatute: "(no statute)",
    noMinistry: "(no ministry)",
    supports: "Supports",
    examined: "Under examination",
  },
};

test.each(["fi", "sv", "en"] as Lang[])(
  "the Open national decisions sheet in %s: one table, grouped rows, positions",
  (lang) => {
    const plan = consolidationPlan(c, s, lang, EMPTY, {
      time: "2026-03-01T00:00:00Z",
      date: 46082,
    });
    const w = WORDS[lang];
    const sheet = plan.sheets?.find((x) => x.name === w.sheet);
    if (!sheet) throw new Error("no sheet");
    expect(plan.registry?.some((r) => r.sheet === w.sheet && r.role === "generated")).toBe(true);
    expect(sheet.tables?.[0]).toMatchObject({ name: "RaOpenDecisions", range: "A1:N7" });
    const rows = sheet.blocks[0].cells.map((r) => r.map(text));
    const ministry = (code: string | null) =>
      code === null
        ? w.noMinistry
        : lang === "sv"
          ? ({ OKM: "UKM", TEM: "ANM" } as Record<string, string>)[code]
          : code;
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[4]])).toEqual(
      EXPECTED.map(([m, statute, region, id]) => [
        ministry(m),
        statute === "" ? w.noStatute : statute,
        region,
        id,
      ]),
    );
    const positions = rows.slice(1).map((r) => r[11]);
    const followUps = rows.slice(1).map((r) => r[12]);
    expect(positions[2]).toBe(w.supports);
    expect(followUps[3]).toBe(w.examined);
  },
);

const MEMO: Record<
  Lang,
  { heading: string; ministries: string[]; noStatute: string; position: string }
> = {
  fi: {
    heading: "Jatkotoimenpiteet",
    ministries: ["OKM – opetus- ja kulttuuriministeriö", "TEM – työ- ja elinkeinoministeriö"],
    noStatute: "(ei säädöstä):",
    position: "- Varsinais-Suomi (1): Tavoite 1 (kanta: tukee)",
  },
  sv: {
    heading: "Fortsatta åtgärder",
    ministries: [
      "UKM – undervisnings- och kulturministeriet",
      "ANM – arbets- och näringsministeriet",
    ],
    noStatute: "(ingen författning):",
    position: "- Egentliga Finland (1): Tavoite 1 (ståndpunkt: stöder)",
  },
  en: {
    heading: "Next steps",
    ministries: [
      "OKM – Ministry of Education and Culture",
      "TEM – Ministry of Economic Affairs and Employment",
    ],
    noStatute: "(no statute):",
    position: "- Southwest Finland (1): Tavoite 1 (position: supports)",
  },
};

test.each(["fi", "sv", "en"] as Lang[])(
  "the memo's Next steps list the open decisions by ministry, then statute, with positions, in %s",
  (lang) => {
    const m = MEMO[lang];
    const { text } = renderMemo(c, s, { lang, date: "2026-03-20" });
    const section = text.slice(text.indexOf(`\n${m.heading}\n`));
    const lines = section.split("\n");
    expect(lines.filter((l) => l.startsWith("- "))).toHaveLength(EXPECTED.length);
    const positions = m.ministries.map((name) => lines.indexOf(name));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const tem = lines.slice(positions[1]);
    const act = tem.indexOf("756/2021:");
    expect(tem.indexOf("Alueiden kehittämislaki A:")).toBeLessThan(act);
    expect(act).toBeLessThan(tem.indexOf(m.noStatute));
    // Both requests naming 756/2021 are under it, however the regions wrote it.
    const under = tem.slice(act + 1).filter((l) => l !== "");
    expect(under.slice(0, 3).map((l) => l.startsWith("- "))).toEqual([true, true, false]);
    expect(section).toContain(m.position);
    expect(section).toContain(lang === "fi" ? "(kanta: selvitettävä; selvitetään)" : "");
  },
);
