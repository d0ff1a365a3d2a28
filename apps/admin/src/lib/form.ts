import { useState, type Dispatch, type SetStateAction } from "react";
import { toUserError, type UserError } from "./errors";

/**
 * A form's field ids and the error summary's links to them, from one list of labels. The prefix
 * is the form's: two forms on one page (edit and create) must not share ids.
 */
export function formFields<K extends string>(prefix: string, labels: Record<K, string>) {
  const id = (name: K) => `${prefix}-${name}`;
  const summary = Object.fromEntries(
    (Object.keys(labels) as K[]).map((name) => [name, { id: id(name), label: labels[name] }]),
  ) as Record<K, { id: string; label: string }>;
  return { id, summary };
}

/**
 * The props that tie a text input to its field (id, value, change, the error reported on it),
 * for forms that keep their inputs as one record of texts.
 */
export function bindFields<K extends string>(
  inputs: Record<K, string>,
  setInputs: Dispatch<SetStateAction<Record<K, string>>>,
  id: (name: K) => string,
  error: UserError | null,
) {
  return (name: K) => ({
    id: id(name),
    value: inputs[name],
    onChange: (event: { target: { value: string } }) =>
      setInputs((current) => ({ ...current, [name]: event.target.value })),
    error: fieldMessage(error, name),
  });
}

/** The message for a field, also when the API reports it on an element ("communeInseeCodes.2"). */
export function fieldMessage(error: UserError | null, name: string): string | undefined {
  if (!error) return undefined;
  const exact = error.fieldErrors[name];
  if (exact) return exact;
  const nested = Object.entries(error.fieldErrors).find(([key]) => key.startsWith(`${name}.`));
  return nested?.[1];
}

/** Errors found before sending: the same shape as the API's, so one summary shows both. */
export function clientErrors(fieldErrors: Record<string, string | false | undefined>): UserError | null {
  const found: Record<string, string> = {};
  for (const [key, message] of Object.entries(fieldErrors)) {
    if (message) found[key] = message;
  }
  return Object.keys(found).length > 0 ? { code: "BAD_REQUEST", message: "", fieldErrors: found } : null;
}

/** An empty date input means "no date" (null, which also clears a stored one), never "" (which the API would reject as a date). */
export function optionalDate(value: string): string | null {
  return value === "" ? null : value;
}

/**
 * Only the fields the person changed, compared with the version the form was opened on: an edit
 * never writes back what it did not touch, so nothing stored is replaced by a form's default.
 */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] !== before[key]) changed[key] = after[key];
  }
  return changed;
}

/**
 * An edit's save: only what changed since the form was opened (`changedFields`), checked against
 * the version it was opened on. When nothing changed, nothing is written, as a new version with
 * the same content would only make others' open forms conflict; resolves false then.
 */
export async function saveChanges<T extends object>(
  opened: T & { id: string; version: number },
  values: T,
  write: (input: Partial<T> & { id: string; version: number }) => Promise<unknown>,
): Promise<boolean> {
  const changes = changedFields<T>(opened, values);
  if (Object.keys(changes).length === 0) return false;
  await write({ ...changes, id: opened.id, version: opened.version });
  return true;
}

/** Accepts "1 500 000" or "1500000"; null when empty, NaN when not a whole number. */
export function parseWholeNumber(value: string): number | null {
  const compact = value.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return null;
  return /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
}

/** Which button sent the form: forms with two actions (draft / submit) read it from the submitter. */
export function submitterValue(event: { nativeEvent: Event }): string | null {
  const submitter = (event.nativeEvent as SubmitEvent).submitter;
  return submitter instanceof HTMLButtonElement ? submitter.value : null;
}

/**
 * A form's sending, for forms that leave the request to their page (`onSend`): the checks made
 * before sending, then the request; either's errors are what the error summary shows. `pending`
 * names the action running (forms with two buttons say which one is working).
 */
export function useSending<Action extends string = "send">() {
  const [error, setError] = useState<UserError | null>(null);
  const [pending, setPending] = useState<Action | null>(null);

  async function send(action: Action, found: UserError | null, request: () => Promise<void>): Promise<void> {
    if (pending) return;
    setError(found);
    if (found) return;
    setPending(action);
    try {
      await request();
    } catch (err) {
      setError(toUserError(err));
    } finally {
      setPending(null);
    }
  }

  return { error, pending, send };
}
