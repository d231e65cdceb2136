import type { Labels } from "../model/lang";

/**
 * Fixed terms of the domain (docs/design.md § 1, § 8). In Finnish the items are never a
 * "sopimus": the discussions make no binding decisions.
 */
export const TERMS = {
  discussions: {
    fi: "aluekehittämiskeskustelut",
    sv: "regionutvecklingsdiskussioner",
    en: "regional development discussions",
  },
  contractualCooperation: {
    fi: "sopimuksellinen yhteistyö",
    sv: "avtalsbaserat samarbete",
    en: "contractual cooperation",
  },
  cooperationDocument: {
    fi: "yhteistyöasiakirja",
    sv: "samarbetsdokument",
    en: "cooperation document",
  },
} as const satisfies Record<string, Labels>;
