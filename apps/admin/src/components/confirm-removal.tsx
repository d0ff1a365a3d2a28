import { useEffect, useRef, useState } from "react";
import { toUserError, type UserError } from "../lib/errors";

/**
 * A removal in two presses: the first says what goes, the second does it. The focus follows the
 * pressed button to its replacement, and a refusal is said under the buttons.
 */
export function ConfirmRemoval({
  id,
  className,
  askClassName = "button button--secondary",
  labels,
  onConfirm,
}: {
  /** Unique on the page: names the warning the confirm button is described by. */
  id: string;
  className: string;
  askClassName?: string;
  labels: { ask: string; warning: string; confirm: string; pending: string; cancel: string };
  /** Removes; a thrown error is shown to the person. */
  onConfirm: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<UserError | null>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // The pressed button goes away: the focus follows to its replacement, not to <body>.
    if (!moved.current) return;
    moved.current = false;
    (confirming ? confirmRef : askRef).current?.focus();
  }, [confirming]);

  function toggle(next: boolean) {
    moved.current = true;
    setError(null);
    setConfirming(next);
  }

  async function confirm() {
    if (pending) return;
    setPending(true);
    try {
      await onConfirm();
    } catch (err) {
      setError(toUserError(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className={className}>
      {confirming ? (
        <>
          <p id={id} className="notice notice--compact">
            {labels.warning}
          </p>
          <div className="form-actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button--danger"
              aria-describedby={id}
              aria-disabled={pending || undefined}
              onClick={() => void confirm()}
            >
              {pending ? labels.pending : labels.confirm}
            </button>
            <button type="button" className="button button--secondary" onClick={() => toggle(false)}>
              {labels.cancel}
            </button>
          </div>
        </>
      ) : (
        <button ref={askRef} type="button" className={askClassName} onClick={() => toggle(true)}>
          {labels.ask}
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}
