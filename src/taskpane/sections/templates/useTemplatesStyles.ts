import { makeStyles, tokens } from "@fluentui/react-components";

/** The Templates section's own rules, beside `useSectionStyles`. */
export const useTemplatesStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    maxWidth: "28rem",
  },
  years: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(7rem, 1fr))",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  year: { minWidth: 0 },
  /** Fluent's Input keeps its text box's intrinsic width; in a narrow pane it must shrink. */
  yearInput: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  yearText: { minWidth: 0, width: "100%" },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});
