import { fail, ok, type Result } from "./result.js";

/** Both bounds are ISO dates (YYYY-MM-DD), so string order is date order. */
export function checkDateRange(
  start: string | null | undefined,
  end: string | null | undefined,
  labels = { start: "date de début", end: "date de fin" },
): Result<void> {
  if (start && end && end < start) {
    return fail("INVALID", `La ${labels.end} (${end}) précède la ${labels.start} (${start}).`);
  }
  return ok(undefined);
}
