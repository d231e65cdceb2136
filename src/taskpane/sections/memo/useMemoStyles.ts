import { makeStyles, tokens } from "@fluentui/react-components";

/** The Memo section's own rules, beside `useSectionStyles`. */
export const useMemoStyles = makeStyles({
  // The memo is a document that will be pasted into Word: shown as on paper, black on
  // white (its inline styles set black text), whatever the pane's theme.
  preview: {
    maxHeight: "60vh",
    overflow: "auto",
    padding: tokens.spacingHorizontalM,
    backgroundColor: "#ffffff",
    color: "#000000",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});
