/*
 * Lists keep their filters in the address, so a filtered list can be bookmarked and sent. An
 * address can be old or typed by hand: what a list cannot read is taken as "no filter", never
 * passed on to the API, which would refuse the whole request.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day ("2026-12-01") from the address, or "". */
export function dateParam(params: URLSearchParams, name: string): string {
  const value = params.get(name) ?? "";
  return ISO_DATE.test(value) ? value : "";
}

/** One of the list's known values (a status, a kind) from the address, or "". */
export function choiceParam<V extends string>(params: URLSearchParams, name: string, values: readonly V[]): V | "" {
  const value = params.get(name) ?? "";
  return (values as readonly string[]).includes(value) ? (value as V) : "";
}

/**
 * The parameters with some changed and the others kept. An empty value removes its parameter:
 * a cleared filter leaves no "?statut=" behind, and the address stays the one of the plain list.
 */
export function withParams(params: URLSearchParams, changes: Record<string, string | null>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === "") next.delete(key);
    else next.set(key, value);
  }
  return next;
}
