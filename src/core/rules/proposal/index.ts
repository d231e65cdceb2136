export { interpretProposal, type InterpretedProposal } from "./interpret";
export type { ProposalContext } from "./context";
export { sortIssues } from "./order";
export { MAX_TEXT_LENGTH } from "./cells";
