import { initTRPC, TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import { describeField } from "@cvv/domain/shared";
import type { Context } from "./shared/context.js";
import { FieldError, messages } from "./shared/errors.js";
import { crossOriginRefusal } from "./shared/same-origin.js";

// Default zod messages in French; schemas override the ones users meet most.
z.config(z.locales.fr());

function zodMessage(error: ZodError): { message: string; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    fieldErrors[key] ??= issue.message;
  }
  const first = error.issues[0];
  const message = first ? `Champ ${describeField(first.path)} : ${first.message}` : "Requête invalide.";
  return { message, fieldErrors };
}

const t = initTRPC.context<Context>().create({
  // Never send a stack trace, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    if (error.code === "BAD_REQUEST" && error.cause instanceof ZodError) {
      const { message, fieldErrors } = zodMessage(error.cause);
      return { ...shape, message, data: { ...shape.data, stack: undefined, fieldErrors } };
    }
    if (error.cause instanceof FieldError) {
      return {
        ...shape,
        data: { ...shape.data, stack: undefined, fieldErrors: { [error.cause.field]: error.message } },
      };
    }
    if (error.code === "INTERNAL_SERVER_ERROR") {
      return { ...shape, message: messages.internal, data: { ...shape.data, stack: undefined } };
    }
    const transportMessages: Partial<Record<typeof error.code, string>> = {
      UNSUPPORTED_MEDIA_TYPE: "Type de contenu non pris en charge : envoyez du JSON.",
      METHOD_NOT_SUPPORTED: "Méthode HTTP non prise en charge pour cette procédure.",
      PAYLOAD_TOO_LARGE: "Requête trop volumineuse.",
    };
    const transport = transportMessages[error.code];
    if (transport) return { ...shape, message: transport, data: { ...shape.data, stack: undefined } };
    if (error.code === "PARSE_ERROR" || (error.code === "BAD_REQUEST" && error.cause instanceof SyntaxError)) {
      return {
        ...shape,
        message: "Requête illisible : le corps n'est pas du JSON valide.",
        data: { ...shape.data, stack: undefined },
      };
    }
    if (error.code === "NOT_FOUND" && error.message.startsWith("No procedure found")) {
      return { ...shape, message: "Ressource inconnue.", data: { ...shape.data, stack: undefined } };
    }
    return { ...shape, data: { ...shape.data, stack: undefined } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;

/** Mutations from another origin are refused (see crossOriginRefusal); in-process calls (ctx.http null) are trusted. */
const sameOrigin = t.middleware(({ ctx, type, next }) => {
  if (type === "mutation" && ctx.http) {
    const refusal = crossOriginRefusal(ctx.http, ctx.config.trustedOrigins);
    if (refusal) throw new TRPCError({ code: "FORBIDDEN", message: refusal });
  }
  return next();
});

/**
 * Puts the French message on the error itself, not only on the HTTP answer, so in-process callers
 * (tests, scripts) and logs read the same sentence a user does.
 */
const frenchValidation = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "BAD_REQUEST" && result.error.cause instanceof ZodError) {
    result.error.message = zodMessage(result.error.cause).message;
  }
  return result;
});

export const publicProcedure = t.procedure.use(frenchValidation).use(sameOrigin);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: messages.signInRequired });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Read-only procedures of the portal: queries only, and each declares its output. */
export const portalProcedure = t.procedure.use(frenchValidation);
