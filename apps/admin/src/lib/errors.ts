import { TRPCClientError } from "@trpc/client";
import { messages } from "../messages.fr";

export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "INTERNAL_SERVER_ERROR"
  | "NETWORK"
  | "UNKNOWN";

/** An error as the interface shows it: a French sentence, and per-field messages for forms. */
export interface UserError {
  code: ErrorCode;
  message: string;
  /** Keyed by the input's field path as the API names it ("title", "communeInseeCodes.0"). */
  fieldErrors: Record<string, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function httpStatus(error: TRPCClientError<never>): number | null {
  const response = isRecord(error.meta) ? error.meta["response"] : undefined;
  return isRecord(response) && typeof response["status"] === "number" ? response["status"] : null;
}

/**
 * The API already speaks French in `message`; anything that did not come from it (a proxy's
 * error page, a dropped connection) has an English or empty message that must not reach users.
 */
export function toUserError(error: unknown): UserError {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    const code = isRecord(data) && typeof data["code"] === "string" ? data["code"] : null;
    if (code) {
      const rawFields = isRecord(data) && isRecord(data["fieldErrors"]) ? data["fieldErrors"] : {};
      const fieldErrors: Record<string, string> = {};
      for (const [key, value] of Object.entries(rawFields)) {
        if (typeof value === "string") fieldErrors[key] = value;
      }
      return { code: code as ErrorCode, message: error.message || messages.errors.unexpected, fieldErrors };
    }
    if (httpStatus(error) === 429)
      return { code: "TOO_MANY_REQUESTS", message: messages.errors.tooManyRequests, fieldErrors: {} };
    return { code: "NETWORK", message: messages.errors.network, fieldErrors: {} };
  }
  return { code: "UNKNOWN", message: messages.errors.unexpected, fieldErrors: {} };
}

export function errorCode(error: unknown): ErrorCode {
  return toUserError(error).code;
}

/** Client errors will not go away by asking again; only transient ones are worth a retry. */
export function isRetryable(error: unknown): boolean {
  const code = errorCode(error);
  return code === "NETWORK" || code === "INTERNAL_SERVER_ERROR" || code === "UNKNOWN";
}
