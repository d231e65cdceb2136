import { splitHeaderUnit } from "../locale/headerUnits";
import type { CellValue } from "../model/cell";
import { LANGS, type Lang } from "../model/lang";
import { matchKey, uncachedMatchKey } from "../text/normalise";
import type { LabelDef, LabelKey } from "./labels";

/**
 * A label compared as users write it: `matchKey`, and a trailing `:`, `*` or `.` ignored
 * (`Maakunta:`, `Nro*`, `No` for `No.`).
 */
export function labelMatchKey(label: string): string {
  return withoutMarks(matchKey(label));
}

function withoutMarks(key: string): string {
  return key.replace(/[\s:*.]+$/u, "").trim();
}

interface HeaderForms {
  readonly whole: string;
  /** The key without a bracketed unit; null when the text carries none. */
  readonly stripped: string | null;
  readonly unit: string | null;
  readonly scale: number | null;
}

const FORMS_CACHE_LIMIT = 50_000;
/** Room for a bracketed unit and stray spaces or a colon after a label. */
const MAX_UNIT_TEXT = 40;
/** Longer than any label with its unit: a text of a data row, never a header. */
const MAX_LABEL_TEXT = 200;
const NO_LABEL: HeaderForms = { whole: "\u0000", stripped: null, unit: null, scale: null };
const formsCache = new Map<string, HeaderForms>();

/**
 * The keys a text is looked up by, worked out once per text: recognition asks every label
 * index about every text cell of a sheet, and the same texts recur row after row.
 */
function headerForms(header: string): HeaderForms {
  if (header.length > MAX_LABEL_TEXT) return NO_LABEL;
  const known = formsCache.get(header);
  if (known) return known;
  const split = splitHeaderUnit(header);
  const forms: HeaderForms = {
    whole: withoutMarks(uncachedMatchKey(header)),
    stripped: split.unit === null ? null : withoutMarks(uncachedMatchKey(split.label)),
    unit: split.unit,
    scale: split.scale,
  };
  if (formsCache.size >= FORMS_CACHE_LIMIT) formsCache.clear();
  formsCache.set(header, forms);
  return forms;
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
  /** The longest label's length: a longer text (less a unit) names none. */
  private longest = 0;

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
    this.longest = Math.max(this.longest, label.length);
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
    const forms = headerForms(header);
    const whole = this.entries.get(forms.whole);
    if (whole) return { key: whole.key, langs: whole.langs, header, unit: null, scale: 1 };
    if (forms.stripped === null) return null;
    const stripped = this.entries.get(forms.stripped);
    if (!stripped) return null;
    return {
      key: stripped.key,
      langs: stripped.langs,
      header,
      unit: forms.unit,
      scale: forms.scale,
    };
  }

  /** Whether a text names one of `keys` (whole or with a unit), without building a match. */
  names(header: string, keys: ReadonlySet<K>): boolean {
    if (header.length > this.longest + MAX_UNIT_TEXT) return false;
    const forms = headerForms(header);
    const found =
      this.entries.get(forms.whole) ??
      (forms.stripped === null ? undefined : this.entries.get(forms.stripped));
    return found !== undefined && keys.has(found.key);
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
