import { splitHeaderUnit } from "../locale/headerUnits";
import type { CellValue } from "../model/cell";
import { LANGS, type Lang } from "../model/lang";
import { matchKey } from "../text/normalise";
import type { LabelDef, LabelKey } from "./labels";

/**
 * A label compared as users write it: `matchKey`, and a trailing `:`, `*` or `.` ignored
 * (`Maakunta:`, `Nro*`, `No` for `No.`).
 */
export function labelMatchKey(label: string): string {
  return matchKey(label)
    .replace(/[\s:*.]+$/u, "")
    .trim();
}

/** A header cell that matched a catalogue label. `langs` is empty when it was the canonical key. */
export interface LabelMatch<K extends LabelKey> {
  readonly key: K;
  readonly langs: readonly Lang[];
  readonly header: string;
  readonly unit: string | null;
  readonly scale: number | null;
}

interface IndexEntry<K> {
  readonly key: K;
  readonly langs: Lang[];
}

/** Looks header texts up among a set of label definitions. */
export class LabelIndex<K extends LabelKey> {
  private readonly entries = new Map<string, IndexEntry<K>>();

  constructor(defs: readonly LabelDef<K>[]) {
    for (const d of defs) {
      for (const lang of LANGS) {
        this.add(d.key, d.labels[lang], lang);
        for (const alias of d.aliases?.[lang] ?? []) this.add(d.key, alias, lang);
      }
      this.add(d.key, d.key, null);
    }
  }

  private add(key: K, label: string, lang: Lang | null): void {
    const k = labelMatchKey(label);
    let entry = this.entries.get(k);
    if (!entry) {
      entry = { key, langs: [] };
      this.entries.set(k, entry);
    }
    if (lang && !entry.langs.includes(lang)) entry.langs.push(lang);
  }

  /** The label a header text names, whole or with a bracketed unit stripped. */
  match(header: string): LabelMatch<K> | null {
    const whole = this.entries.get(labelMatchKey(header));
    if (whole) return { key: whole.key, langs: whole.langs, header, unit: null, scale: 1 };
    const split = splitHeaderUnit(header);
    if (split.unit === null) return null;
    const stripped = this.entries.get(labelMatchKey(split.label));
    if (!stripped) return null;
    return {
      key: stripped.key,
      langs: stripped.langs,
      header,
      unit: split.unit,
      scale: split.scale,
    };
  }

  matchCell(cell: CellValue | undefined): LabelMatch<K> | null {
    return cell?.kind === "text" ? this.match(cell.text) : null;
  }
}

/** The header language: the one most matched labels are written in; ties go to fi, then sv. */
export function dominantLang(matches: Iterable<{ readonly langs: readonly Lang[] }>): Lang {
  const counts: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
  for (const m of matches) for (const lang of m.langs) counts[lang] += 1;
  let best: Lang = "fi";
  for (const lang of LANGS) if (counts[lang] > counts[best]) best = lang;
  return best;
}
