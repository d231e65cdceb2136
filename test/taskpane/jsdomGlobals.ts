// jsdom lacks the encoding globals that browsers have and that the sections' modules use
// at load time; import this before the app.
import { TextDecoder, TextEncoder } from "node:util";

const globals = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
globals.TextDecoder ??= TextDecoder;
globals.TextEncoder ??= TextEncoder;
