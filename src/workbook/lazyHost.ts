import type { WorkbookHost } from "./host";

/**
 * A host whose code loads on first use: the Excel entry hands the pane the Office host this
 * way, so the adapter is not in the scripts the pane loads first.
 */
export function lazyHost(
  kind: WorkbookHost["kind"],
  load: () => Promise<WorkbookHost>,
): WorkbookHost {
  let loading: Promise<WorkbookHost> | null = null;
  const host = (): Promise<WorkbookHost> => {
    loading ??= load();
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
  return {
    kind,
    read: async (onProgress) => (await host()).read(onProgress),
    readOutline: async () => (await host()).readOutline(),
    readSheets: async (names) => (await host()).readSheets(names),
    apply: async (plan, basis) => (await host()).apply(plan, basis),
    select: async (sheet, a1) => (await host()).select(sheet, a1),
    onLocalChange: async (listener) => (await host()).onLocalChange(listener),
    createWorkbook: async (base64) => {
      const loaded = await host();
      return loaded.createWorkbook ? loaded.createWorkbook(base64) : false;
    },
  };
}
