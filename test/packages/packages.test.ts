import { toA1 } from "../../src/core/model/address";
import { text, type CellValue } from "../../src/core/model/cell";
import type { Lang } from "../../src/core/model/lang";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import {
  itemContentHash,
  mergePositions,
  packageContents,
  packagePlans,
  readPositionFiles,
  readReturnedPackage,
  withPositions,
  type MinistryPackage,
} from "../../src/core/packages";
import { consolidate } from "../../src/core/consolidate";
import { findStatute, statuteNumber } from "../../src/core/vocabulary/statutes";
import { issueMessage } from "../../src/core/rules/issueMessage";
import { validateRound } from "../../src/core/rules/validateRound";
import { columnOf, roundOf, roundTrip, sampleRound, withCell, type Round } from "./round";

// Each test writes and reads whole workbooks; the machine is shared.
jest.setTimeout(60_000);

const OPTIONS = { time: "2026-12-06T08:00:00.000Z", date: 46362 };

let round: Round;
beforeAll(async () => {
  round = roundOf(await sampleRound());
});

function plans(lang: Lang, r: Round = round): MinistryPackage[] {
  return packagePlans(r.consolidation, r.validation.settings, { ...OPTIONS, lang });
}

async function returned(ministry: string, lang: Lang = "fi", r: Round = round) {
  const p = plans(lang, r).find((x) => x.ministry === ministry);
  if (!p) throw new Error(`no package for ${ministry}`);
  return roundTrip(p.plan, p.fileName);
}

/** Fills one fill-in cell of the row of `region` + `itemId` on `sheet`. */
function fill(
  snapshot: WorkbookSnapshot,
  sheet: string,
  region: string,
  itemId: string,
  column: string,
  value: CellValue,
): WorkbookSnapshot {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  const row =
    s?.cells.findIndex(
      (r) =>
        r[0]?.kind === "text" &&
        r[0].text === region &&
        r[2]?.kind === "text" &&
        r[2].text === itemId,
    ) ?? -1;
  if (row < 0) throw new Error(`${sheet}: no row ${region} ${itemId}`);
  return withCell(snapshot, sheet, toA1({ row, col: columnOf(snapshot, sheet, column) }), value);
}

describe("which ministries a round concerns and what each package holds", () => {
  it("has one package per lead or other ministry of the counted items, each item in its tables", () => {
    const items = round.consolidation.items;
    const expected = new Set<string>();
    for (const { item } of items) {
      if (item.leadMinistry) expected.add(item.leadMinistry);
      for (const m of item.otherMinistries) expected.add(m);
      const statute = statuteNumber(item.statute);
      const owner = statute === null ? undefined : findStatute(statute)?.ministry;
      if (item.legislation !== "" && owner) expected.add(owner);
    }
    const contents = packageContents(round.consolidation);
    expect(new Set(contents.map((c) => c.ministry))).toEqual(expected);
    for (const c of contents) {
      const key = (ci: (typeof items)[number]) => `${ci.region}|${ci.item.itemId}`;
      expect(c.parts.lead.map(key).sort()).toEqual(
        items
          .filter((ci) => ci.item.leadMinistry === c.ministry)
          .map(key)
          .sort(),
      );
      expect(c.parts.participating.map(key).sort()).toEqual(
        items
          .filter(
            (ci) =>
              ci.item.leadMinistry !== c.ministry && ci.item.otherMinistries.includes(c.ministry),
          )
          .map(key)
          .sort(),
      );
      for (const ci of c.parts.legislation) {
        expect(ci.item.legislation).not.toBe("");
        const statute = statuteNumber(ci.item.statute);
        const owner = statute === null ? undefined : findStatute(statute)?.ministry;
        expect(owner ?? ci.item.leadMinistry).toBe(c.ministry);
      }
      for (const ci of c.parts.expert) expect(ci.item.expertSupport).not.toBe("");
    }
  });

  it("sends a legislation request to the statute's owning ministry where one is known", () => {
    const request = round.consolidation.items.find((ci) => ci.item.legislation !== "");
    if (!request) throw new Error("the sample round has a legislation request");
    const owner = request.item.leadMinistry === "OM" ? "VM" : "OM";
    const contents = packageContents(round.consolidation, (statute) =>
      statute === request.item.statute ? owner : null,
    );
    expect(contents.find((c) => c.ministry === owner)?.parts.legislation).toContain(request);
    expect(
      contents.find((c) => c.ministry === request.item.leadMinistry)?.parts.legislation ?? [],
    ).not.toContain(request);
  });

  it.each(["fi", "sv", "en"] as const)(
    "reads back every row of a package written in %s with its key and hash",
    async (lang) => {
      const p = plans(lang).find((x) => x.ministry === "TEM");
      if (!p) throw new Error("TEM");
      expect(p.fileName).toBe(
        { fi: "TEM-valmistelu.xlsx", sv: "ANM-beredning.xlsx", en: "TEM-preparation.xlsx" }[lang],
      );
      const back = readReturnedPackage(await roundTrip(p.plan, p.fileName));
      expect(back?.ministry).toBe("TEM");
      expect(back?.lang).toBe(lang);
      const rows = back?.rows ?? [];
      expect(rows).toHaveLength(
        p.rows.lead + p.rows.participating + p.rows.legislation + p.rows.expert,
      );
      const byKey = new Map(
        round.consolidation.items.map((ci) => [`${ci.region}|${ci.item.itemId}`, ci]),
      );
      for (const row of rows) {
        const ci = byKey.get(`${row.region}|${row.itemId}`);
        expect(ci && itemContentHash(ci)).toBe(row.hash);
      }
    },
  );

  it("is never read as a regional proposal or settings", async () => {
    const snapshot = await returned("TEM");
    const result = validateRound([{ file: "TEM-valmistelu.xlsx", snapshot }]);
    expect(result.proposals).toEqual([]);
    expect(result.issues.map((i) => i.rule)).toEqual(["FILE-NO-PROPOSAL"]);
  });

  it("protects every visible sheet with only the fill-in cells unlocked", () => {
    const p = plans("fi").find((x) => x.ministry === "TEM");
    const visible = (p?.plan.sheets ?? []).filter((s) => (s.visibility ?? "visible") === "visible");
    expect(visible).toHaveLength(5);
    for (const sheet of visible) expect(sheet.protection?.unlocked.length).toBeGreaterThan(0);
  });
});

describe("positions back in", () => {
  it("puts the lead ministry's position and decision on its item, keeps another ministry's apart, changes no figure", async () => {
    const tem = plans("fi").find((x) => x.ministry === "TEM");
    if (!tem) throw new Error("TEM");
    const lead = packageContents(round.consolidation).find((c) => c.ministry === "TEM")?.parts;
    const participating = lead?.participating[0];
    if (!lead || !participating) throw new Error("TEM leads and takes part in the sample round");
    let snapshot = await returned("TEM");
    const positions = ["Tukee", "Ei tue", "Selvitettävä"];
    const codes = ["supports", "does-not-support", "to-be-examined"];
    lead.lead.forEach((ci, i) => {
      snapshot = fill(
        snapshot,
        "Vastuulla",
        ci.region,
        ci.item.itemId,
        "Ministeriön kanta",
        text(positions[i % 3]),
      );
      snapshot = fill(
        snapshot,
        "Vastuulla",
        ci.region,
        ci.item.itemId,
        "Jatkokäsittely",
        text("Selvitetään"),
      );
      snapshot = fill(
        snapshot,
        "Vastuulla",
        ci.region,
        ci.item.itemId,
        "Perustelut",
        text(`Perustelu ${i}`),
      );
    });
    snapshot = fill(
      snapshot,
      "Mukana",
      participating.region,
      participating.item.itemId,
      "Ministeriön kanta",
      text("Ei tue"),
    );

    const merge = mergePositions(
      round.consolidation,
      round.validation,
      [readReturnedPackage({ ...snapshot, file: "TEM.xlsx" }) ?? fail("a package")],
      "fi",
    );
    expect(merge.issues).toEqual([]);
    const after = consolidate(
      withPositions(round.validation.proposals, merge),
      round.validation.settings,
      round.validation.issues,
      round.validation.files,
    );
    const itemOf = (region: string, id: string) =>
      after.items.find((ci) => ci.region === region && ci.item.itemId === id)?.item;
    lead.lead.forEach((ci, i) => {
      expect(itemOf(ci.region, ci.item.itemId)?.ministryPosition).toBe(codes[i % 3]);
      expect(itemOf(ci.region, ci.item.itemId)?.nationalFollowUp).toBe("examine");
    });
    // A participating ministry's position is reported, never put over the lead's.
    expect(itemOf(participating.region, participating.item.itemId)?.ministryPosition).toBe(
      participating.item.ministryPosition,
    );
    expect(merge.report.received).toContainEqual(
      expect.objectContaining({
        region: participating.region,
        itemId: participating.item.itemId,
        ministry: "TEM",
        part: "participating",
        position: "does-not-support",
      }),
    );
    expect(merge.report.answered).toEqual(["TEM"]);
    expect(merge.report.missing).not.toContain("TEM");
    expect(merge.report.withoutPosition.some((w) => w.ministry === "TEM")).toBe(false);
    // The national questions list shows them too: the same item objects.
    for (const ci of lead.lead) {
      const q = after.nationalQuestions.find(
        (x) => x.region === ci.region && x.item.itemId === ci.item.itemId,
      );
      if (q) expect(q.item.ministryPosition).not.toBeNull();
    }
    // Money comes only from the proposals.
    expect(after.totals).toEqual(round.consolidation.totals);
    expect(after.regions).toEqual(round.consolidation.regions);
    expect(after.items.map((ci) => [ci.funding, ci.totalCents])).toEqual(
      round.consolidation.items.map((ci) => [ci.funding, ci.totalCents]),
    );
  });

  it("accepts positions typed in another language than the package's", async () => {
    const ci = packageContents(round.consolidation).find((c) => c.ministry === "TEM")?.parts
      .lead[0];
    if (!ci) throw new Error("TEM");
    const snapshot = fill(
      await returned("TEM", "sv"),
      "Ansvar",
      ci.region,
      ci.item.itemId,
      "Ministeriets ståndpunkt",
      text("Tukee"),
    );
    const merge = mergePositions(
      round.consolidation,
      round.validation,
      [readReturnedPackage(snapshot) ?? fail("package")],
      "sv",
    );
    expect(merge.issues).toEqual([]);
    expect(merge.items.get(`${ci.region}|${ci.item.itemId}`)?.ministryPosition).toBe("supports");
  });
});

describe("rejections", () => {
  const rules = (merge: { issues: readonly { rule: string }[] }) => merge.issues.map((i) => i.rule);

  it("POSITION-ITEM-UNKNOWN: a row whose region and item the round lacks", async () => {
    const ci = packageContents(round.consolidation).find((c) => c.ministry === "TEM")?.parts
      .lead[0];
    if (!ci) throw new Error("TEM");
    let snapshot = fill(
      await returned("TEM"),
      "Vastuulla",
      ci.region,
      ci.item.itemId,
      "Ministeriön kanta",
      text("Tukee"),
    );
    snapshot = fill(snapshot, "Vastuulla", ci.region, ci.item.itemId, "Nro", text("9.9"));
    const merge = mergePositions(
      round.consolidation,
      round.validation,
      [readReturnedPackage(snapshot) ?? fail("p")],
      "en",
    );
    expect(rules(merge)).toEqual(["POSITION-ITEM-UNKNOWN"]);
    expect(merge.items.size).toBe(0);
    expect(issueMessage(merge.issues[0], "en")).toContain("9.9");
  });

  it("POSITION-ITEM-CHANGED: the region changed the item after the package was made; merged but flagged", async () => {
    const ci = packageContents(round.consolidation).find((c) => c.ministry === "TEM")?.parts
      .lead[0];
    if (!ci) throw new Error("TEM");
    const snapshot = fill(
      await returned("TEM"),
      "Vastuulla",
      ci.region,
      ci.item.itemId,
      "Ministeriön kanta",
      text("Tukee"),
    );
    // The region rewrites the objective in its proposal; the round is consolidated again.
    const changedProposals = round.validation.proposals.map((p) =>
      p.region !== ci.region
        ? p
        : {
            ...p,
            items: p.items.map((it) =>
              it.itemId === ci.item.itemId
                ? { ...it, objective: `${it.objective} (muutettu)` }
                : it,
            ),
          },
    );
    const changed = consolidate(changedProposals, round.validation.settings, [], []);
    const merge = mergePositions(
      changed,
      round.validation,
      [readReturnedPackage(snapshot) ?? fail("p")],
      "fi",
    );
    expect(rules(merge)).toEqual(["POSITION-ITEM-CHANGED"]);
    expect(merge.issues[0]).toMatchObject({
      severity: "warning",
      region: ci.region,
      sheet: "Vastuulla",
    });
    expect(merge.items.get(`${ci.region}|${ci.item.itemId}`)?.ministryPosition).toBe("supports");
  });

  it("POSITION-VALUE-INVALID: a position or decision outside its list, with the closest value", async () => {
    const ci = packageContents(round.consolidation).find((c) => c.ministry === "TEM")?.parts
      .lead[0];
    if (!ci) throw new Error("TEM");
    let snapshot = fill(
      await returned("TEM"),
      "Vastuulla",
      ci.region,
      ci.item.itemId,
      "Ministeriön kanta",
      text("Tukke"),
    );
    snapshot = fill(
      snapshot,
      "Vastuulla",
      ci.region,
      ci.item.itemId,
      "Jatkokäsittely",
      text("Ehkä"),
    );
    const merge = mergePositions(
      round.consolidation,
      round.validation,
      [readReturnedPackage(snapshot) ?? fail("p")],
      "fi",
    );
    expect(rules(merge)).toEqual(["POSITION-VALUE-INVALID", "POSITION-VALUE-INVALID"]);
    expect(merge.issues[0].params).toMatchObject({ suggestion: "Tukee", variant: "suggestion" });
    expect(issueMessage(merge.issues[0], "fi")).toContain("Tarkoititko ”Tukee”?");
    expect(merge.items.size).toBe(0);
  });

  it("POSITION-ROUND-MISMATCH: a package of another round is refused", async () => {
    const other: Round = {
      ...round,
      validation: {
        ...round.validation,
        settings: { ...round.validation.settings, round: "ALKE 2024" },
      },
    };
    const ci = packageContents(round.consolidation).find((c) => c.ministry === "TEM")?.parts
      .lead[0];
    if (!ci) throw new Error("TEM");
    const snapshot = fill(
      await returned("TEM", "fi", other),
      "Vastuulla",
      ci.region,
      ci.item.itemId,
      "Ministeriön kanta",
      text("Tukee"),
    );
    const merge = mergePositions(
      round.consolidation,
      round.validation,
      [{ ...(readReturnedPackage(snapshot) ?? fail("p")), file: "old.xlsx" }],
      "en",
    );
    expect(rules(merge)).toEqual(["POSITION-ROUND-MISMATCH"]);
    expect(issueMessage(merge.issues[0], "en")).toContain("ALKE 2024");
    expect(merge.items.size).toBe(0);
    expect(merge.report.packages).toEqual([{ file: "old.xlsx", ministry: "TEM", merged: false }]);
  });

  describe("without a settings sheet: the round the proposals name", () => {
    let bare: Round;
    beforeAll(async () => {
      // The settings file is the sample's first; the proposals all name ALKE 2026.
      bare = roundOf((await sampleRound()).slice(1));
    });

    /** TEM's package of the round `name` (made with settings), its first lead row filled in. */
    async function temPackage(name: string, file: string) {
      const made: Round = {
        ...round,
        validation: {
          ...round.validation,
          settings: { ...round.validation.settings, round: name, referenceNumber: "VN/9/2099" },
        },
      };
      const ci = packageContents(round.consolidation).find((c) => c.ministry === "TEM")?.parts
        .lead[0];
      if (!ci) throw new Error("TEM");
      const snapshot = fill(
        await returned("TEM", "fi", made),
        "Vastuulla",
        ci.region,
        ci.item.itemId,
        "Ministeriön kanta",
        text("Tukee"),
      );
      return { ci, found: { ...(readReturnedPackage(snapshot) ?? fail("p")), file } };
    }

    it("refuses a package of another round than the one the proposals name", async () => {
      expect(bare.validation.settings.fromWorkbook).toBe(false);
      const { found } = await temPackage("ALKE 2024", "old.xlsx");
      const merge = mergePositions(bare.consolidation, bare.validation, [found], "en");
      expect(rules(merge)).toEqual(["POSITION-ROUND-MISMATCH"]);
      expect(issueMessage(merge.issues[0], "en")).toContain("ALKE 2024");
      expect(issueMessage(merge.issues[0], "en")).toContain("(ALKE 2026)");
      expect(merge.items.size).toBe(0);
    });

    it("merges a package of the named round, whatever its reference number or case", async () => {
      const { ci, found } = await temPackage("alke  2026", "TEM.xlsx");
      const merge = mergePositions(bare.consolidation, bare.validation, [found], "en");
      expect(merge.issues).toEqual([]);
      expect(merge.items.get(`${ci.region}|${ci.item.itemId}`)?.ministryPosition).toBe("supports");
    });

    it("does not tell rounds apart when the proposals name different rounds", async () => {
      const { ci, found } = await temPackage("ALKE 2024", "old.xlsx");
      const [first, ...rest] = bare.validation.proposals;
      const mixed = {
        ...bare.validation,
        proposals: [{ ...first, round: "ALKE 2025" }, ...rest],
      };
      const merge = mergePositions(bare.consolidation, mixed, [found], "en");
      expect(merge.issues).toEqual([]);
      expect(merge.items.get(`${ci.region}|${ci.item.itemId}`)?.ministryPosition).toBe("supports");
    });
  });

  it("POSITION-DUPLICATE-MINISTRY: two packages of one ministry, neither merged, both named", async () => {
    const ci = packageContents(round.consolidation).find((c) => c.ministry === "TEM")?.parts
      .lead[0];
    if (!ci) throw new Error("TEM");
    const snapshot = fill(
      await returned("TEM"),
      "Vastuulla",
      ci.region,
      ci.item.itemId,
      "Ministeriön kanta",
      text("Tukee"),
    );
    const one = { ...(readReturnedPackage(snapshot) ?? fail("p")), file: "TEM-a.xlsx" };
    const merge = mergePositions(
      round.consolidation,
      round.validation,
      [one, { ...one, file: "TEM-b.xlsx" }],
      "en",
    );
    expect(rules(merge)).toEqual(["POSITION-DUPLICATE-MINISTRY", "POSITION-DUPLICATE-MINISTRY"]);
    expect(merge.issues.map((i) => i.file)).toEqual(["TEM-a.xlsx", "TEM-b.xlsx"]);
    expect(issueMessage(merge.issues[0], "en")).toContain("TEM-a.xlsx and TEM-b.xlsx");
    expect(merge.items.size).toBe(0);
  });

  it("POSITION-NOT-PACKAGE: a regional proposal given as a package", async () => {
    const files = await sampleRound();
    const read = readPositionFiles([files[1]]);
    expect(read.packages).toEqual([]);
    expect(read.issues.map((i) => i.rule)).toEqual(["POSITION-NOT-PACKAGE"]);
  });
});

function fail(what: string): never {
  throw new Error(`expected ${what}`);
}
