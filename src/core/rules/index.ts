export * from "./catalogue";
export * from "./issue";
export * from "./issueMessage";
export * from "./validateRound";
export { interpretProposal, type InterpretedProposal } from "./proposal";
export { interpretSettings, type SettingsResult } from "./round/settings";
export { defaultSettings, DEFAULT_LEGAL_BASIS } from "./round/defaults";
export {
  regionRules,
  ALLOCATION_RULES,
  type ProposalCells,
  type ProposalInRound,
  type SkippedRule,
  type SkipReason,
} from "./round/regionRules";
