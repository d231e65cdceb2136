// Types only: `import type` costs nothing at run time, so every module may name any key
// while each area's texts load with the code that shows them (see ./areas for the list).
import type { cli } from "./messages/cli";
import type { common } from "./messages/common";
import type { consolidateMessages } from "./messages/consolidate";
import type { excel } from "./messages/excel";
import type { locale } from "./messages/locale";
import type { memo } from "./messages/memo";
import type { pane } from "./messages/pane";
import type { paneConsolidate } from "./messages/paneConsolidate";
import type { paneImport } from "./messages/paneImport";
import type { packages } from "./messages/packages";
import type { paneSections } from "./messages/paneSections";
import type { regionPageMessages } from "./messages/regionPage";
import type { rulesProposal } from "./messages/rulesProposal";
import type { rulesPositions } from "./messages/rulesPositions";
import type { rulesRound } from "./messages/rulesRound";
import type { templates } from "./messages/templates";
import type { vocabulary } from "./messages/vocabulary";

/** Every area of messages by name, as types; `AREAS` in ./areas holds the values. */
export interface AreaTypes {
  readonly common: typeof common;
  readonly vocabulary: typeof vocabulary;
  readonly locale: typeof locale;
  readonly consolidate: typeof consolidateMessages;
  readonly memo: typeof memo;
  readonly pane: typeof pane;
  readonly paneSections: typeof paneSections;
  readonly paneImport: typeof paneImport;
  readonly paneConsolidate: typeof paneConsolidate;
  readonly templates: typeof templates;
  readonly rules: {
    readonly en: (typeof rulesProposal)["en"] &
      (typeof rulesRound)["en"] &
      (typeof rulesPositions)["en"];
  };
  readonly packages: typeof packages;
  readonly regionPage: typeof regionPageMessages;
  readonly cli: typeof cli;
  readonly excel: typeof excel;
}

export type AreaName = keyof AreaTypes;

/** Every message key, taken from the English texts. */
export type MessageKey = {
  [A in AreaName]: keyof AreaTypes[A]["en"] & string;
}[AreaName];
