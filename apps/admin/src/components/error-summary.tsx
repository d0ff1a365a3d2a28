import { useEffect, useId, useRef, type MouseEvent } from "react";
import type { UserError } from "../lib/errors";
import { messages } from "../messages.fr";

export interface SummaryField {
  id: string;
  label: string;
}

interface ErrorSummaryProps {
  error: UserError | null;
  /** The form's fields by API name, so an error reported on "title" links to the title input. */
  fields: Record<string, SummaryField>;
  /**
   * Offered when someone else saved first (CONFLICT): load their version instead of overwriting it.
   * The form, button included, goes away with the old version: the caller moves the focus to a
   * confirmation (`useConfirmation`), or it would fall to <body>.
   */
  onReload?: (() => void) | undefined;
}

function fieldFor(fields: Record<string, SummaryField>, path: string): SummaryField | undefined {
  return fields[path] ?? fields[path.split(".")[0] ?? ""];
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  // The router would treat a hash change as a navigation (and move focus to the h1): focus the field ourselves.
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: "center" });
  target?.focus();
}

/**
 * At the top of a form: says that sending failed and why, each field error linking to its field.
 * It takes the focus when it appears, so the keyboard user is not left on the submit button.
 */
export function ErrorSummary({ error, fields, onReload }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);

  if (!error) return null;

  if (error.code === "CONFLICT") {
    return (
      <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
        <h2 id={titleId} className="error-summary__title">
          {messages.errors.conflictTitle}
        </h2>
        <p>{error.message}</p>
        {onReload && (
          <>
            <p>{messages.errors.conflictHint}</p>
            <button type="button" className="button button--secondary" onClick={onReload}>
              {messages.errors.conflictReload}
            </button>
          </>
        )}
      </div>
    );
  }

  const entries = Object.entries(error.fieldErrors);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {messages.errors.summaryTitle}
      </h2>
      {entries.length === 0 ? (
        <p>{error.message}</p>
      ) : (
        <>
          <p>{messages.errors.summaryIntro}</p>
          <ul className="error-summary__list">
            {entries.map(([path, message]) => {
              const field = fieldFor(fields, path);
              return (
                <li key={path}>
                  {field ? (
                    <a href={`#${field.id}`} onClick={(event) => focusField(event, field.id)}>
                      {messages.errors.summaryItem(field.label, message)}
                    </a>
                  ) : (
                    message
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
