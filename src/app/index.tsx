// Entry of app.html: the same pane in an ordinary browser page, without Office.js.
import { browserHost } from "../taskpane/host";
import { renderPane } from "../taskpane/render";
import { createBrowserHost } from "../workbook/browser";

// Every section works on this one in-memory workbook; "Download workbook" writes it as a new .xlsx.
renderPane(browserHost(navigator.language), { workbook: createBrowserHost() });
