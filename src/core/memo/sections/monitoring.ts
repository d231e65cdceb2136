import type { Consolidation } from "../../consolidate/types";
import { itemValueName } from "../../consolidate/vocab";
import { IMPLEMENTATION_STATUS } from "../../vocabulary/itemValues";
import { codesOf } from "../../vocabulary/vocabulary";
import type { MemoWriter } from "../format";
import { buildTable, nameColumn, sumColumn } from "../table";
import type { MemoBlock } from "../types";

interface RegionMonitoring {
  readonly region: string;
  readonly items: number;
  readonly indicators: number;
  readonly targets: number;
}

/** Seuranta / Uppföljning / Monitoring: indicators and targets set, implementation status. */
export function monitoringSection(c: Consolidation, w: MemoWriter): MemoBlock[] {
  const items = c.monitoring.map((m) => m.item);
  const hasIndicator = (i: (typeof items)[number]): boolean => i.indicator.trim() !== "";
  const hasTarget = (i: (typeof items)[number]): boolean =>
    hasIndicator(i) && i.target.trim() !== "";
  const total = w.integer(items.length);
  const blocks: MemoBlock[] = [
    { kind: "heading", text: w.t("memo.heading.monitoring") },
    {
      kind: "list",
      items: [
        w.t("memo.monitoring.indicators", {
          n: w.integer(items.filter(hasIndicator).length),
          total,
        }),
        w.t("memo.monitoring.targets", { n: w.integer(items.filter(hasTarget).length), total }),
        w.t("memo.monitoring.status", { statuses: statusCounts(items, w) }),
      ],
    },
  ];
  const byRegion: RegionMonitoring[] = c.regions.map((r) => {
    const own = c.monitoring.filter((m) => m.region === r.region).map((m) => m.item);
    return {
      region: r.region,
      items: own.length,
      indicators: own.filter(hasIndicator).length,
      targets: own.filter(hasTarget).length,
    };
  });
  if (byRegion.length > 0) {
    blocks.push({ kind: "paragraph", text: w.t("memo.monitoring.intro") });
    blocks.push({
      kind: "table",
      table: buildTable<RegionMonitoring>(
        w,
        [
          nameColumn(w, w.t("memo.col.region"), (r) => w.region(r.region)),
          sumColumn(w.t("memo.col.items"), "count", (r) => r.items),
          sumColumn(w.t("memo.col.withIndicator"), "count", (r) => r.indicators),
          sumColumn(w.t("memo.col.withTarget"), "count", (r) => r.targets),
        ],
        byRegion,
        true,
      ),
    });
  }
  return blocks;
}

const STATUS_ORDER: readonly string[] = codesOf(IMPLEMENTATION_STATUS);

function statusRank(code: string | null): number {
  const rank = code === null ? -1 : STATUS_ORDER.indexOf(code);
  return rank === -1 ? STATUS_ORDER.length + (code === null ? 1 : 0) : rank;
}

/** `Käynnissä 4, Toteutunut 2 ja ei tietoa 10`: the vocabulary's order, unreported last. */
function statusCounts(
  items: readonly { readonly implementationStatus: string | null }[],
  w: MemoWriter,
): string {
  const counts = new Map<string | null, number>();
  for (const i of items)
    counts.set(i.implementationStatus, (counts.get(i.implementationStatus) ?? 0) + 1);
  const named = [...counts.entries()].sort(([a], [b]) => statusRank(a) - statusRank(b));
  if (named.length === 0) return "–";
  return w.list(
    named.map(([code, n]) => {
      const label =
        code === null
          ? w.t("memo.monitoring.noStatus")
          : itemValueName("implementationStatus", code, w.lang);
      return `${label} ${w.integer(n)}`;
    }),
  );
}
