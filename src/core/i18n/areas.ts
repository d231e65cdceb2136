import type { Lang } from "../model/lang";
import type { AreaName, AreaTypes } from "./catalogue";
import type { AreaMessages } from "./define";
import { cli } from "./messages/cli";
import { common } from "./messages/common";
import { consolidateMessages } from "./messages/consolidate";
import { excel } from "./messages/excel";
import { locale } from "./messages/locale";
import { memo } from "./messages/memo";
import { pane } from "./messages/pane";
import { paneConsolidate } from "./messages/paneConsolidate";
import { paneImport } from "./messages/paneImport";
import { packages } from "./messages/packages";
import { paneSections } from "./messages/paneSections";
import { regionPageMessages } from "./messages/regionPage";
import { rulesProposal } from "./messages/rulesProposal";
import { rulesPositions } from "./messages/rulesPositions";
import { rulesRound } from "./messages/rulesRound";
import { templates } from "./messages/templates";
import { vocabulary } from "./messages/vocabulary";

/**
 * Every area of messages, by name: importing this module loads them all (the command line,
 * the rule and memo engines, the tests). To add an area: write `messages/<area>.ts`
 * exporting `{ fi, sv, en }` (with `defineMessages`) whose keys all start with `<area>.`,
 * add it here and to `AreaTypes` in ./catalogue; the catalogue test then checks it.
 */
export const AREAS: { readonly [A in AreaName]: AreaMessages<keyof AreaTypes[A]["en"] & string> } =
  {
    common,
    vocabulary,
    locale,
    consolidate: consolidateMessages,
    memo,
    pane,
    paneSections,
    paneImport,
    paneConsolidate,
    templates,
    regionPage: regionPageMessages,
    // One `rules` area written in two files: the proposal rules and the round rules.
    rules: {
      fi: { ...rulesProposal.fi, ...rulesRound.fi, ...rulesPositions.fi },
      sv: { ...rulesProposal.sv, ...rulesRound.sv, ...rulesPositions.sv },
      en: { ...rulesProposal.en, ...rulesRound.en, ...rulesPositions.en },
    },
    cli,
    packages,
    excel,
  };

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
