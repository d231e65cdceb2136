// Entry of taskpane.html, and the composition root of the pane in Excel: Office.js is already
// loaded (blocking <script> in <head>); this is the one place that hands the Office adapter to
// the pane, which sees only the workbook host port and the self-check runner.
import { lazyHost } from "../workbook/lazyHost";
import { excelSelfCheck } from "../workbook/office/selfCheckRunner";
import { detectOfficeHost } from "./host";
import { renderPane } from "./render";

const excelWorkbook = lazyHost("excel", () =>
  import("../workbook/office/officeHost").then((m) => m.createOfficeHost()),
);

void detectOfficeHost(navigator.language).then((host) =>
  renderPane(
    host,
    host.kind === "excel" ? { excel: { workbook: excelWorkbook, selfCheck: excelSelfCheck } } : {},
  ),
);
