import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  readonly container: HTMLElement;
  unmount(): void;
}

/** Renders into the document inside Fluent's provider and lets every pending promise settle. */
export async function mount(element: ReactElement): Promise<Mounted> {
  const container = document.createElement("div");
  document.body.append(container);
  let root: Root | null = null;
  await act(async () => {
    root = createRoot(container);
    root.render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
  });
  await settle();
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Lets the operations' promises (reads, writes, re-validation) run to their end. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error("nothing to click");
  await act(async () => element.click());
  await settle();
}

/** Types into an input or picks in a select the way React listens for it. */
export async function change(element: Element | null | undefined, value: string): Promise<void> {
  if (element instanceof HTMLInputElement) {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    await act(async () => {
      setter?.call(element, value);
      element.dispatchEvent(new Event("input", { bubbles: true }));
    });
  } else if (element instanceof HTMLSelectElement) {
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")?.set;
    await act(async () => {
      setter?.call(element, value);
      element.dispatchEvent(new Event("change", { bubbles: true }));
    });
  } else throw new Error("not an input or select");
  await settle();
}

/** The element whose accessible label (a <label for>) is `label`. */
export function byLabel(container: HTMLElement, label: string): HTMLElement {
  const found = [...container.querySelectorAll("label")].find(
    (l) => l.textContent?.trim() === label,
  );
  const id = found?.getAttribute("for");
  const control = id ? container.ownerDocument.getElementById(id) : null;
  if (!control) throw new Error(`no control labelled ${label}`);
  return control;
}

export function buttonByText(container: HTMLElement, text: string | RegExp): HTMLButtonElement {
  const button = [...container.querySelectorAll("button")].find((b) =>
    typeof text === "string" ? b.textContent?.trim() === text : text.test(b.textContent ?? ""),
  );
  if (!button) throw new Error(`no button ${String(text)}`);
  return button;
}
