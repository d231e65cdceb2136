import type { SheetSnapshot, WorkbookSnapshot } from "../../core/model/snapshot";

/** Application state read with a snapshot, so a write can restore it without another round trip. */
export interface ApplicationState {
  readonly calculationMode:
    Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual";
  readonly enableEvents: boolean;
}

const states = new WeakMap<WorkbookSnapshot, ApplicationState>();

export function rememberApplicationState(
  snapshot: WorkbookSnapshot,
  state: ApplicationState,
): void {
  states.set(snapshot, state);
}

export function applicationStateOf(snapshot: WorkbookSnapshot): ApplicationState | undefined {
  return states.get(snapshot);
}

/**
 * Marker ids known for a sheet snapshot after the add-in wrote markers on its basis: the
 * snapshot still holds the ids it read, the sheet now holds these. `null`: unknown (a write
 * failed midway), so the next write reads them. Keyed by the sheet snapshot, so a snapshot
 * merged from cached sheets (live validation) keeps what was written since.
 */
const writtenMarkers = new WeakMap<SheetSnapshot, readonly string[] | null>();

export function rememberMarkerIds(sheet: SheetSnapshot, ids: readonly string[] | null): void {
  writtenMarkers.set(sheet, ids);
}

/** The add-in's marker ids on the sheet as far as known; undefined when they must be read. */
export function knownMarkerIds(sheet: SheetSnapshot): readonly string[] | undefined {
  const written = writtenMarkers.get(sheet);
  if (written === null) return undefined;
  return written ?? sheet.markerIds;
}
