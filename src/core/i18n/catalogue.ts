import type { Lang } from "../model/lang";
import type { AreaMessages } from "./define";
import { common } from "./messages/common";
import { consolidate } from "./messages/consolidate";
import { memo } from "./messages/memo";
import { locale } from "./messages/locale";
import { pane } from "./messages/pane";
import { paneImport } from "./messages/paneImport";
import { paneSections } from "./messages/paneSections";
import { paneConsolidate } from "./messages/paneConsolidate";
import { rulesProposal } from "./messages/rulesProposal";
import { rulesRound } from "./messages/rulesRound";
import { cli } from "./messages/cli";
import { templates } from "./messages/templates";
import { vocabulary } from "./messages/vocabulary";

/**
 * Every area of messages, by name. To add an area: write `messages/<area>.ts` exporting
 * `{ fi, sv, en }` (with `defineMessages`) whose keys all start with `<area>.`, and list it
 * here. The catalogue test then checks it with the others.
 */
export const AREAS = {
  common,
  vocabulary,
  locale,
  consolidate,
  memo,
  pane,
  paneSections,
  paneImport,
  paneConsolidate,
  templates,
  // One `rules` area written in two files: the proposal rules and the round rules.
  rules: {
    fi: { ...rulesProposal.fi, ...rulesRound.fi },
    sv: { ...rulesProposal.sv, ...rulesRound.sv },
    en: { ...rulesProposal.en, ...rulesRound.en },
  },
  cli,
} as const;

export type AreaName = keyof typeof AREAS;

/** Every message key, taken from the English texts. */
export type MessageKey = {
  [A in AreaName]: keyof (typeof AREAS)[A]["en"] & string;
}[AreaName];

function merge(lang: Lang): Readonly<Record<string, string>> {
  const areas: readonly AreaMessages[] = Object.values(AREAS);
  return Object.freeze(Object.assign({}, ...areas.map((area) => area[lang])));
}

/** All areas merged, per language. */
export const CATALOGUE: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  fi: merge("fi"),
  sv: merge("sv"),
  en: merge("en"),
};
