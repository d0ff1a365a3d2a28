import type { ButtonHTMLAttributes } from "react";

interface SubmitButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "disabled"> {
  label: string;
  /** This button's own request is running: its text says so ("Enregistrement…"). */
  pending?: boolean;
  pendingLabel?: string;
  /** Another request of the same form is running: the button waits but keeps its text. */
  busy?: boolean;
  variant?: "primary" | "secondary" | "danger";
}

/**
 * Stays focusable while busy (aria-disabled rather than disabled): a disabled button drops the
 * keyboard focus to the page's top, and its new text would not be heard.
 */
export function SubmitButton({
  label,
  pending = false,
  pendingLabel,
  busy = false,
  variant = "primary",
  onClick,
  ...rest
}: SubmitButtonProps) {
  const waiting = pending || busy;
  return (
    <button
      type="submit"
      className={`button button--${variant}`}
      aria-disabled={waiting || undefined}
      onClick={(event) => {
        if (waiting) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}

export interface Intent<V extends string> {
  value: V;
  label: string;
  pendingLabel: string;
  variant?: SubmitButtonProps["variant"];
}

/**
 * The buttons of a form that can be sent two ways (draft or submit, approve or return): the
 * form reads which one from the submitter (`submitterValue`). The pressed one says it is working;
 * the others wait, keeping their text.
 */
export function IntentButtons<V extends string>({
  name,
  intents,
  pending,
}: {
  name: string;
  intents: readonly Intent<V>[];
  /** The intent whose request is running, if any. */
  pending: V | null;
}) {
  return (
    <div className="form-actions">
      {intents.map((intent) => (
        <SubmitButton
          key={intent.value}
          name={name}
          value={intent.value}
          variant={intent.variant ?? "primary"}
          label={intent.label}
          pending={pending === intent.value}
          busy={pending !== null}
          pendingLabel={intent.pendingLabel}
        />
      ))}
    </div>
  );
}
