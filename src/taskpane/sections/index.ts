/**
 * The sections of the pane, in navigation order. To add a section's real UI, replace the
 * contents of its folder; to add a section, add its id to SECTION_IDS (shell/view.ts),
 * its tab title `common.nav.<id>` to the messages, a folder here and one line below.
 *
 * Each section is loaded on first use, in a chunk of its own with the Fluent components
 * only it needs, so that the pane's first paint stays within the bundle budget
 * (test/build/bundle-size.test.ts) however much the sections grow.
 */
import { lazy } from "react";
import type { SectionId } from "../shell/view";
import type { SectionDefinition } from "./types";

/**
 * Every message area, loaded beside each section: the sections show texts of several areas
 * (their own, the rules', the vocabularies'), and the engines they call load all areas
 * anyway. One chunk, shared by all sections, fetched in parallel with the first of them.
 */
export function loadSectionMessages(): Promise<unknown> {
  return import(/* webpackChunkName: "messages" */ "../../core/i18n/areas");
}

function onDemand(id: SectionId, load: () => Promise<SectionDefinition>): SectionDefinition {
  return {
    id,
    Component: lazy(() =>
      Promise.all([load(), loadSectionMessages()]).then(([section]) => ({
        default: section.Component,
      })),
    ),
  };
}

export const SECTIONS: readonly SectionDefinition[] = [
  onDemand("templates", () => import("./templates").then((m) => m.templatesSection)),
  onDemand("validate", () => import("./validate").then((m) => m.validateSection)),
  onDemand("consolidate", () => import("./consolidate").then((m) => m.consolidateSection)),
  onDemand("memo", () => import("./memo").then((m) => m.memoSection)),
  onDemand("import", () => import("./import").then((m) => m.importSection)),
];

export type { SectionDefinition, SectionProps } from "./types";
