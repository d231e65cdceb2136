// jsdom leaves out TextEncoder/TextDecoder, which the workbook modules use at load time.
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;

// jsdom has no layout, so nothing is ever resized: an observer that never reports is exact.
class StillResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = globalThis as { ResizeObserver?: unknown };
w.ResizeObserver ??= StillResizeObserver;
