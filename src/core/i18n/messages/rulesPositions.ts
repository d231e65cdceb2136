import { defineMessages } from "../define";

/**
 * Messages of the rules on returned ministry packages (docs/packages.md) under
 * `rules.<RULE-ID>`. `{regionName}` is the region's name (see `issueMessage`). Swedish to be
 * checked by a fluent speaker.
 */
export const rulesPositions = defineMessages({
  fi: {
    "rules.POSITION-ITEM-UNKNOWN":
      "Paketin kohdetta {item} (maakunta {region}) ei ole tällä kierroksella; sen kantaa ei yhdistetä.",
    "rules.POSITION-ITEM-CHANGED":
      "Maakunta on muuttanut kohdetta {item} ({regionName}) paketin laatimisen jälkeen. Kanta on yhdistetty, mutta tarkista, koskeeko se yhä kohdetta.",
    "rules.POSITION-VALUE-INVALID":
      "{column}: arvo ”{value}” ei ole luettelossa, joten sitä ei yhdistetä.",
    "rules.POSITION-VALUE-INVALID.suggestion":
      "{column}: arvo ”{value}” ei ole luettelossa, joten sitä ei yhdistetä. Tarkoititko ”{suggestion}”?",
    "rules.POSITION-ROUND-MISMATCH":
      "Paketti on laadittu toiselle kierrokselle ({packageRound}); sen kantoja ei yhdistetä tähän kierrokseen ({round}).",
    "rules.POSITION-DUPLICATE-MINISTRY":
      "Ministeriöltä {ministry} on kaksi pakettia: {first} ja {second}. Kumpaakaan ei yhdistetä; anna vain yksi.",
    "rules.POSITION-NOT-PACKAGE":
      "Tiedosto ei ole tällä lisäosalla laadittu ministeriön valmistelupaketti; siitä ei lueta kantoja.",
  },
  sv: {
    "rules.POSITION-ITEM-UNKNOWN":
      "Paketets objekt {item} (landskap {region}) finns inte i denna omgång; dess ståndpunkt förs inte in.",
    "rules.POSITION-ITEM-CHANGED":
      "Landskapet har ändrat objektet {item} ({regionName}) efter att paketet upprättades. Ståndpunkten har förts in, men kontrollera att den fortfarande gäller objektet.",
    "rules.POSITION-VALUE-INVALID":
      "{column}: värdet ”{value}” finns inte i listan och förs därför inte in.",
    "rules.POSITION-VALUE-INVALID.suggestion":
      "{column}: värdet ”{value}” finns inte i listan och förs därför inte in. Menade du ”{suggestion}”?",
    "rules.POSITION-ROUND-MISMATCH":
      "Paketet har upprättats för en annan omgång ({packageRound}); dess ståndpunkter förs inte in i denna omgång ({round}).",
    "rules.POSITION-DUPLICATE-MINISTRY":
      "Det finns två paket från {ministry}: {first} och {second}. Inget av dem förs in; ge bara ett.",
    "rules.POSITION-NOT-PACKAGE":
      "Filen är inte ett beredningspaket som detta tillägg har upprättat; inga ståndpunkter läses ur den.",
  },
  en: {
    "rules.POSITION-ITEM-UNKNOWN":
      "The package's item {item} (region {region}) is not in this round; its position is not merged.",
    "rules.POSITION-ITEM-CHANGED":
      "The region changed item {item} ({regionName}) after the package was made. The position is merged, but check that it still applies.",
    "rules.POSITION-VALUE-INVALID": "{column}: “{value}” is not in the list, so it is not merged.",
    "rules.POSITION-VALUE-INVALID.suggestion":
      "{column}: “{value}” is not in the list, so it is not merged. Did you mean “{suggestion}”?",
    "rules.POSITION-ROUND-MISMATCH":
      "The package was made for another round ({packageRound}); its positions are not merged into this round ({round}).",
    "rules.POSITION-DUPLICATE-MINISTRY":
      "There are two packages from {ministry}: {first} and {second}. Neither is merged; give only one.",
    "rules.POSITION-NOT-PACKAGE":
      "The file is not a ministry preparation package made by this add-in; no positions are read from it.",
  },
});
