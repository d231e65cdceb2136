import { makeStyles, tokens } from "@fluentui/react-components";

export const useTemplatesStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
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
  status: { minHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground2 },
});
