import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, type PaneServices } from "./App";
import type { HostInfo } from "./host";

/** Mounts the pane into the page's #root, with what its entry hands it. */
export function renderPane(host: HostInfo, services: PaneServices): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("The page has no #root element.");
  createRoot(container).render(
    <StrictMode>
      <App host={host} search={window.location.search} {...services} />
    </StrictMode>,
  );
}
