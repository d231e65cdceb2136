import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { BrowserHost } from "../workbook/browser";
import type { HostInfo } from "./host";

/** Mounts the pane into the page's #root. */
/** `workbook`: the in-browser workbook of app.html; inside Excel the sections use Excel's. */
export function renderPane(host: HostInfo, workbook?: BrowserHost): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("The page has no #root element.");
  createRoot(container).render(
    <StrictMode>
      <App host={host} search={window.location.search} {...(workbook ? { workbook } : {})} />
    </StrictMode>,
  );
}
