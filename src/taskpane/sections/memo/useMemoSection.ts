import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { regionName } from "../../../core/consolidate/vocab";
import type { Memo } from "../../../core/memo";
import type { Lang } from "../../../core/model/lang";
import type { WorkbookHost } from "../../../workbook/host";
import {
  clipboardWriter,
  copyMemo,
  selectionCopier,
  type CopyEnvironment,
  type CopyOutcome,
} from "../../clipboard";
import { hostErrorNotice, noticeText, type PaneNotice } from "../../hostErrors";
import { readMemoAndPages, writeMemoSheet, type RegionPages } from "../../../operations/memo";

export interface MemoSectionState {
  readonly available: boolean;
  /** The memo's language, independent of the UI. */
  readonly memoLang: Lang;
  readonly setMemoLang: (lang: Lang) => void;
  /** The rendered memo (HTML escaped by the core, and plain text); null before the first. */
  readonly memo: Memo | null;
  /** The regions with a proposal (code, name in the UI language), whose page can be shown instead of the memo. */
  readonly regions: readonly { readonly code: string; readonly name: string }[];
  /** The region whose page is shown and copied; null: the memo. */
  readonly region: string | null;
  readonly setRegion: (region: string | null) => void;
  /** What the preview shows and Copy copies: the chosen region's page, or the memo. */
  readonly shown: Memo | null;
  readonly making: boolean;
  readonly copying: boolean;
  /** How the last copy went; null before one. */
  readonly copied: CopyOutcome | null;
  readonly notice: PaneNotice | null;
  /** The notice in the UI language. */
  readonly noticeText: string;
  /** Ref callback for the preview's element: what the selection fallback copies. */
  readonly setPreview: (element: HTMLDivElement | null) => void;
  /** Renders the memo again from the workbook as it is now. */
  readonly refresh: () => void;
  readonly copy: () => Promise<void>;
}

export interface MemoSectionOptions {
  readonly lang: Lang;
  readonly workbook: WorkbookHost | null;
  readonly now?: () => Date;
  /** The page's clipboard and selection; the window by default. */
  readonly environment?: CopyEnvironment;
}

function windowEnvironment(): CopyEnvironment {
  return {
    navigator: window.navigator,
    document: window.document,
    ...(typeof ClipboardItem === "undefined" ? {} : { ClipboardItem }),
  };
}

/**
 * What each copy outcome tells the user; for a failure, `error` is what writing the memo
 * sheet threw, so that a protected or changed workbook is said in plain words.
 */
export function copyNotice(outcome: CopyOutcome, error?: unknown): PaneNotice {
  switch (outcome.kind) {
    case "clipboard":
      return { intent: "success", key: "paneConsolidate.memo.copied.clipboard" };
    case "selection":
      return { intent: "success", key: "paneConsolidate.memo.copied.selection" };
    case "sheet":
      return {
        intent: "warning",
        key: "paneConsolidate.memo.copied.sheet",
        params: { sheet: outcome.sheet },
      };
    case "failed": {
      const why =
        error === undefined
          ? null
          : hostErrorNotice(error, { lead: "paneConsolidate.memo.copyFailed" });
      // Protection or a changed workbook is said in words; anything else as a detail.
      return why !== null && why.detail === undefined
        ? why
        : { intent: "error", key: "paneConsolidate.memo.copyFailed", detail: outcome.detail };
    }
  }
}

const systemNow = (): Date => new Date();

/** A memo rendered for one workbook, language and request. */
interface Rendered {
  readonly workbook: WorkbookHost;
  readonly lang: Lang;
  readonly version: number;
  readonly memo: Memo | null;
  readonly pages: RegionPages | null;
  /** Why the memo could not be rendered; null when it was. */
  readonly error: { readonly cause: unknown } | null;
}

/** The Memo section's state: render the memo of the workbook, preview it, copy it. */
export function useMemoSection({
  lang,
  workbook,
  now,
  environment,
}: MemoSectionOptions): MemoSectionState {
  const [memoLang, setMemoLang] = useState<Lang>(lang);
  const [version, setVersion] = useState(0);
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [chosen, setRegion] = useState<string | null>(null);
  const [copying, setCopying] = useState(false);
  const [copied, setCopied] = useState<{
    outcome: CopyOutcome;
    of: Rendered;
    region: string | null;
    error?: unknown;
  } | null>(null);
  const preview = useRef<HTMLDivElement | null>(null);
  const clock = now ?? systemNow;

  // Rendered again whenever the workbook, the memo's language or a refresh asks for it;
  // an answer that arrives after a newer request is dropped.
  useEffect(() => {
    if (!workbook) return;
    let live = true;
    const done = (
      read: { memo: Memo; pages: RegionPages } | null,
      error: Rendered["error"],
    ): void => {
      if (live)
        setRendered({
          workbook,
          lang: memoLang,
          version,
          memo: read?.memo ?? null,
          pages: read?.pages ?? null,
          error,
        });
    };
    readMemoAndPages(workbook, memoLang, clock()).then(
      (read) => done(read, null),
      (cause: unknown) => done(null, { cause }),
    );
    return () => {
      live = false;
    };
  }, [workbook, memoLang, version, clock]);

  const current =
    rendered !== null &&
    rendered.workbook === workbook &&
    rendered.lang === memoLang &&
    rendered.version === version;
  const making = workbook !== null && !current;
  const memo = workbook !== null ? (rendered?.memo ?? null) : null;
  const pages = workbook !== null ? (rendered?.pages ?? null) : null;
  const region = chosen !== null && pages?.regions.includes(chosen) ? chosen : null;
  const shown = useMemo(
    () => (region !== null && pages !== null ? pages.page(region) : memo),
    [region, pages, memo],
  );
  const lastCopy =
    copied !== null && copied.of === rendered && copied.region === region ? copied : null;
  const notice: PaneNotice | null =
    rendered?.error != null && current
      ? hostErrorNotice(rendered.error.cause)
      : lastCopy
        ? copyNotice(lastCopy.outcome, lastCopy.error)
        : null;

  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const setPreview = useCallback((element: HTMLDivElement | null) => {
    preview.current = element;
  }, []);

  const copy = async (): Promise<void> => {
    const of = rendered;
    if (!of?.memo || shown === null) return;
    const text = shown;
    const env = environment ?? windowEnvironment();
    setCopying(true);
    let sheetError: { readonly cause: unknown } | null = null;
    const outcome = await copyMemo(text, {
      writeClipboard: clipboardWriter(env),
      copySelection: selectionCopier(env, () => preview.current),
      writeSheet: () =>
        writeMemoSheet(of.workbook, text, of.lang, clock()).catch((cause: unknown) => {
          sheetError = { cause };
          throw cause;
        }),
    });
    const failure = sheetError as { readonly cause: unknown } | null;
    setCopied(
      outcome.kind === "failed" && failure !== null
        ? { outcome, of, region, error: failure.cause }
        : { outcome, of, region },
    );
    setCopying(false);
  };

  return {
    available: workbook !== null,
    memoLang,
    setMemoLang,
    memo,
    regions: (pages?.regions ?? []).map((code) => ({ code, name: regionName(code, lang) })),
    region,
    setRegion,
    shown,
    making,
    copying,
    copied: lastCopy?.outcome ?? null,
    notice,
    noticeText: notice ? noticeText(lang, notice) : "",
    setPreview,
    refresh,
    copy,
  };
}
