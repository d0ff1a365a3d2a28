import { TRPCError } from "@trpc/server";
import type { DomainError, Result } from "@cvv/domain/shared";
import type { WriteOutcome } from "@cvv/db";

const codes = {
  INVALID: "BAD_REQUEST",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TRANSITION_REFUSED: "BAD_REQUEST",
} as const;

/** Carries the field of a business refusal to the error formatter, which reports it like a zod error. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({
    code: codes[error.code],
    message: error.message,
    ...(error.field ? { cause: new FieldError(error.field, error.message) } : {}),
  });
}

/** The one place a domain refusal becomes an HTTP answer: handlers stay thin. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw toTRPCError(result.error);
  return result.value;
}

export const messages = {
  signInRequired: "Connectez-vous pour continuer.",
  forbidden: "Vous n'avez pas les droits nécessaires pour cette action.",
  conflict:
    "Cet enregistrement a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Rechargez la page pour voir sa version actuelle ; vos modifications n'ont pas été enregistrées.",
  internal: "Une erreur interne est survenue. Réessayez ; si elle persiste, contactez l'administrateur.",
};

export function notFound(what: string): { ok: false; error: DomainError } {
  return { ok: false, error: { code: "NOT_FOUND", message: `${what} introuvable.` } };
}

export function forbidden(): { ok: false; error: DomainError } {
  return { ok: false, error: { code: "FORBIDDEN", message: messages.forbidden } };
}

/** Turns a versioned write's outcome into a Result with the right French message. */
export function fromWrite<T>(outcome: WriteOutcome<T>, what: string): Result<T> {
  switch (outcome.status) {
    case "ok":
      return { ok: true, value: outcome.value };
    case "not_found":
      return notFound(what);
    case "conflict":
      return { ok: false, error: { code: "CONFLICT", message: messages.conflict } };
  }
}
