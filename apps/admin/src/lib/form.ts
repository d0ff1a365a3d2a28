import type { UserError } from "./errors";

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

/** Empty optional inputs are sent as "not given", never as "" (which the API would reject as a date). */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

export function optionalDate(value: string): string | null {
  return value === "" ? null : value;
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
