// Small pieces every page uses: the trust badge, a page heading that takes focus, problem messages.
import { ComponentChildren, RefObject } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, Trust } from "./api";

const TRUST_TEXT: Record<Trust, string> = {
  verified: "proven by a signature",
  trusted: "taken as given: verification was off when it was claimed",
  unverified: "not proven: kept apart, never linked",
};

/** A claim's trust as a word (never colour alone) with what it means. */
export function Badge({ trust }: { trust: Trust | null }) {
  if (!trust) {
    return null;
  }
  return (
    <span class={`badge badge-${trust}`} title={TRUST_TEXT[trust]} data-trust={trust}>
      {trust}
    </span>
  );
}

export function trustExplanation(trust: Trust): string {
  return TRUST_TEXT[trust];
}

/** The page's h1; focused when the page opens, so a screen reader announces where the user is. */
export function PageHeading({ children }: { children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** A refusal or failure, announced. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) {
    return null;
  }
  const text = error instanceof ApiError ? error.detail : String(error);
  const code = error instanceof ApiError ? error.code : null;
  return (
    <p class="error" role="alert">
      {text}
      {code ? <span class="code"> ({code})</span> : null}
    </p>
  );
}

export function Loading() {
  return (
    <p class="muted" role="status">
      Loading…
    </p>
  );
}

/**
 * A destructive action behind a modal confirmation (the native dialog: focus stays inside, Escape
 * cancels). `act` does it; a refusal is shown in the dialog, which closes once the act is done.
 */
export function Confirmation({
  dialog,
  id,
  title,
  action,
  act,
  children,
}: {
  dialog: RefObject<HTMLDialogElement | null>;
  id: string;
  title: ComponentChildren;
  action: string;
  act: () => Promise<void>;
  children: ComponentChildren;
}) {
  const [refusal, setRefusal] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    setRefusal(null);
    try {
      await act();
      dialog.current?.close();
    } catch (failure) {
      setRefusal(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} aria-labelledby={`${id}-heading`} aria-describedby={`${id}-text`} onClose={() => setRefusal(null)}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p id={`${id}-text`}>{children}</p>
      <ErrorMessage error={refusal} />
      <div class="actions">
        <button type="button" onClick={() => dialog.current?.close()} autofocus>
          Cancel
        </button>
        <button type="button" class="danger" disabled={busy} onClick={confirm}>
          {action}
        </button>
      </div>
    </dialog>
  );
}
