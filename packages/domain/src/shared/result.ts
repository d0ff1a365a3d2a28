/** A business outcome: rules return one instead of throwing, so callers must handle refusals. */
export type Result<T, E extends DomainError = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export type DomainErrorCode = "INVALID" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TRANSITION_REFUSED";

export interface DomainError {
  code: DomainErrorCode;
  /** Shown to the user as is: always French. */
  message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: DomainErrorCode, message: string): { ok: false; error: DomainError } => ({
  ok: false,
  error: { code, message },
});
