import type { WorkbookSnapshot } from "../../core/model/snapshot";

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
