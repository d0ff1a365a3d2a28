/** A business outcome: rules return one instead of throwing, so callers must handle refusals. */
export type Result<T, E extends DomainError = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export type DomainErrorCode = "INVALID" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TRANSITION_REFUSED";

export interface DomainError {
  code: DomainErrorCode;
  /** Shown to the user as is: always French. */
  message: string;
  /** The input field the refusal is about, when there is one, so a form can show it there. */
  field?: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: DomainErrorCode, message: string, field?: string): { ok: false; error: DomainError } => ({
  ok: false,
  error: field ? { code, message, field } : { code, message },
});
