import type { Labels, Lang } from "../../model/lang";
import {
  DEFAULT_ENVELOPE_CENTS,
  DEFAULT_MAX_SHARE,
  DEFAULT_MAX_THEMES,
  type RoundSettings,
} from "../../model/round";

/**
 * The title of Act 756/2021 in each language (the English one an unofficial translation).
 * The act is being reformed, so this is only the default of a setting.
 */
export const DEFAULT_LEGAL_BASIS: Labels = {
  fi: "laki alueiden kehittämisestä ja Euroopan unionin alue- ja rakennepolitiikan toimeenpanosta (756/2021)",
  sv: "lagen om utveckling av regionerna och genomförande av Europeiska unionens regional- och strukturpolitik (756/2021)",
  en: "Act on Regional Development and the Implementation of the European Union's Regional and Structural Policy (756/2021)",
};

/** The settings that apply when no settings sheet is found. */
export function defaultSettings(lang: Lang = "fi"): RoundSettings {
  return {
    fromWorkbook: false,
    round: "",
    referenceNumber: "",
    legalBasis: DEFAULT_LEGAL_BASIS[lang],
    period: null,
    budgetYear: null,
    envelopeCents: DEFAULT_ENVELOPE_CENTS,
    maxShare: DEFAULT_MAX_SHARE,
    maxThemes: DEFAULT_MAX_THEMES,
    deadline: null,
    allocations: [],
    themes: null,
  };
}
