import { useSyncExternalStore } from "react";

const QUERY = "(forced-colors: active)";

function subscribe(onChange: () => void): () => void {
  if (typeof window === "undefined" || !window.matchMedia) return () => {};
  const list = window.matchMedia(QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

function snapshot(): boolean {
  return typeof window !== "undefined" && !!window.matchMedia && window.matchMedia(QUERY).matches;
}

/** Whether the system forces its own colours (Windows high contrast), kept current. */
export function useForcedColors(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
