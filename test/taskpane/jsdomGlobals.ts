// jsdom lacks browser globals that the pane's modules use at load time or Fluent asks for:
// import this before the app.
import { TextDecoder, TextEncoder } from "node:util";

const globals = globalThis as {
  TextDecoder?: unknown;
  TextEncoder?: unknown;
  ResizeObserver?: unknown;
};
globals.TextDecoder ??= TextDecoder;
globals.TextEncoder ??= TextEncoder;

// jsdom has no layout, so nothing is ever resized: an observer that never reports is exact.
class StillResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globals.ResizeObserver ??= StillResizeObserver;
