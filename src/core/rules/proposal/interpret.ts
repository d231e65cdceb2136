import type { RegionProposal } from "../../model/round";
import type { SheetSnapshot } from "../../model/snapshot";
import type { RecognisedProposal } from "../../recognise/recognise";
import { readProposalOutline } from "../../recognise/read";
import type { Issue } from "../issue";
import { IssueSink, type ProposalContext, type Reading } from "./context";
import { checkExcelErrors } from "./excelErrors";
import { interpretFunding } from "./funding";
import { interpretHeader } from "./header";
import { interpretItems } from "./items";
import { sortIssues } from "./order";
import { checkStructure } from "./structure";

export interface InterpretedProposal {
  readonly proposal: RegionProposal;
  /** Every proposal-level issue of the sheet, in sheet order (see `sortIssues`). */
  readonly issues: Issue[];
}

/**
 * Reads a recognised proposal sheet into the domain model and runs every rule that one sheet
 * decides (docs/design.md § 5.2, § 5.4, § 6): structure, header, cells, items and funding lines.
 * Rules across regions and against the allocation are the round's (`src/core/rules/round/`).
 */
export function interpretProposal(
  sheet: SheetSnapshot,
  recognised: RecognisedProposal,
  context: ProposalContext,
): InterpretedProposal {
  const r: Reading = {
    sheet,
    sheetLang: recognised.lang,
    locale: context.locale ?? recognised.lang,
    settings: context.settings,
    sink: new IssueSink(context.file, sheet.name),
  };
  const read = readProposalOutline(sheet, recognised);
  checkExcelErrors(r, recognised, read);
  const header = interpretHeader(r, read);
  checkStructure(r, recognised, header.period);
  const items = interpretItems(r, read, recognised.items.dataRows, header.period);
  const funding = interpretFunding(r, read, recognised, items);
  return {
    proposal: {
      file: context.file,
      sheet: sheet.name,
      lang: recognised.lang,
      region: header.region,
      period: header.period,
      contact: header.contact,
      date: header.date,
      round: header.round,
      items: items.items.map((f) => f.item),
      funding,
    },
    issues: sortIssues(r.sink.issues(header.region)),
  };
}
