import { useCallback, useEffect, useRef, useState } from "react";
import type { MessageKey, MessageParams } from "../../../core/i18n";
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
import { errorDetail } from "../validate/hostErrors";
import { readMemo, writeMemoSheet } from "../../../workbook/operations/memo";

export interface MemoNotice {
  readonly intent: "success" | "info" | "warning" | "error";
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export interface MemoSectionState {
  readonly available: boolean;
  /** The memo's language, independent of the UI. */
  readonly memoLang: Lang;
  readonly setMemoLang: (lang: Lang) => void;
  /** The rendered memo (HTML escaped by the core, and plain text); null before the first. */
  readonly memo: Memo | null;
  readonly making: boolean;
  readonly copying: boolean;
  /** How the last copy went; null before one. */
  readonly copied: CopyOutcome | null;
  readonly notice: MemoNotice | null;
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

/** What each copy outcome tells the user. */
export function copyNotice(outcome: CopyOutcome): MemoNotice {
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
    case "failed":
      return {
        intent: "error",
        key: "paneConsolidate.memo.copyFailed",
        params: { detail: outcome.detail },
      };
  }
}

const systemNow = (): Date => new Date();

/** A memo rendered for one workbook, language and request. */
interface Rendered {
  readonly workbook: WorkbookHost;
  readonly lang: Lang;
  readonly version: number;
  readonly memo: Memo | null;
  readonly error: string | null;
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
  const [copying, setCopying] = useState(false);
  const [copied, setCopied] = useState<{ outcome: CopyOutcome; of: Rendered } | null>(null);
  const preview = useRef<HTMLDivElement | null>(null);
  const clock = now ?? systemNow;

  // Rendered again whenever the workbook, the memo's language or a refresh asks for it;
  // an answer that arrives after a newer request is dropped.
  useEffect(() => {
    if (!workbook) return;
    let live = true;
    const done = (memo: Memo | null, error: string | null): void => {
      if (live) setRendered({ workbook, lang: memoLang, version, memo, error });
    };
    readMemo(workbook, memoLang, clock()).then(
      (memo) => done(memo, null),
      (error: unknown) => done(null, errorDetail(error)),
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
  const lastCopy = copied !== null && copied.of === rendered ? copied.outcome : null;
  const notice: MemoNotice | null =
    rendered?.error != null && current
      ? { intent: "error", key: "common.error.unexpected", params: { detail: rendered.error } }
      : lastCopy
        ? copyNotice(lastCopy)
        : null;

  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const setPreview = useCallback((element: HTMLDivElement | null) => {
    preview.current = element;
  }, []);

  const copy = async (): Promise<void> => {
    const of = rendered;
    if (!of?.memo) return;
    const text = of.memo;
    const env = environment ?? windowEnvironment();
    setCopying(true);
    const outcome = await copyMemo(text, {
      writeClipboard: clipboardWriter(env),
      copySelection: selectionCopier(env, () => preview.current),
      writeSheet: () => writeMemoSheet(of.workbook, text, of.lang, clock()),
    });
    setCopied({ outcome, of });
    setCopying(false);
  };

  return {
    available: workbook !== null,
    memoLang,
    setMemoLang,
    memo,
    making,
    copying,
    copied: lastCopy,
    notice,
    setPreview,
    refresh,
    copy,
  };
}
