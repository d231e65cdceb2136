import { makeStyles, tokens } from "@fluentui/react-components";

export const useMemoStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  status: {
    minHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
  },
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
