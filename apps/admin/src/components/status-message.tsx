import { useCallback, useEffect, useRef, useState } from "react";
import { messages } from "../messages.fr";

interface StatusMessageProps {
  message: string | null | undefined;
  /**
   * When this changes while a message is shown, the message takes the focus. For actions whose
   * form then disappears (keyed by the record's version, or no longer offered): the focus would
   * otherwise fall to <body>, and keyboard and screen-reader users would lose their place.
   */
  focusKey?: number | undefined;
}

/**
 * A polite live region for confirmations. It is always in the page, empty when there is nothing
 * to say: screen readers announce changes to a region they already know, not a region just added.
 */
export function StatusMessage({ message, focusKey }: StatusMessageProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusKey !== undefined && message) ref.current?.focus();
    // Only a new confirmation moves the focus, not a re-render that keeps the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  return (
    <div
      ref={ref}
      role="status"
      className={message ? "status-message" : undefined}
      tabIndex={focusKey === undefined ? undefined : -1}
    >
      {message ? <p>{message}</p> : null}
    </div>
  );
}

export interface Confirmation {
  /** Spread on the page's StatusMessage. */
  props: StatusMessageProps;
  /** Shows the message and moves the focus to it, also when the same words come twice. */
  show: (message: string) => void;
  clear: () => void;
}

/** A page's confirmation that takes the focus: the outcome is heard, and Tab resumes from it. */
export function useConfirmation(): Confirmation {
  const [state, setState] = useState<{ message: string | null; serial: number }>({ message: null, serial: 0 });
  const show = useCallback((message: string) => setState((s) => ({ message, serial: s.serial + 1 })), []);
  const clear = useCallback(() => setState((s) => ({ message: null, serial: s.serial })), []);
  return { props: { message: state.message, focusKey: state.serial }, show, clear };
}

/**
 * The confirmation of a page whose forms edit a versioned record, and what their "Recharger la
 * version actuelle" does after a CONFLICT: fetch the record again, then say so. The form with
 * that button goes away with the old version (forms are keyed by it), so the confirmation takes
 * the focus, or it would fall to <body>.
 */
export function useVersionedConfirmation(
  refetch: () => Promise<{ isSuccess: boolean }>,
): Confirmation & { reload: () => void } {
  const confirmation = useConfirmation();
  const reload = () => {
    confirmation.clear();
    void refetch().then((result) => {
      if (result.isSuccess) confirmation.show(messages.errors.conflictReloaded);
    });
  };
  return { ...confirmation, reload };
}
