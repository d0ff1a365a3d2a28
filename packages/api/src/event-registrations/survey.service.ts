import { eventRegistrationsRepository, hashToken } from "@cvv/db";
import { surveyInput } from "@cvv/domain/events";
import type { DomainError, Result } from "@cvv/domain/shared";
import type { Context } from "../shared/context.js";
import { inTransaction } from "../shared/transaction.js";

export const invalidSurveyLinkMessage = "Ce lien d'enquête n'est pas valide : utilisez le lien du courriel reçu.";
export const surveyAlreadyAnsweredMessage = "Vous avez déjà répondu à cette enquête : merci pour votre avis.";

export type SurveyField = "rating" | "comment" | "token";
export interface SurveyError extends DomainError {
  fields: Partial<Record<SurveyField, string>>;
}

/** One response per registration, from someone marked present: the token is the survey e-mail's. */
export async function answerSurvey(ctx: Context, form: unknown): Promise<Result<{ saved: true }, SurveyError>> {
  const parsed = surveyInput.safeParse(form);
  if (!parsed.success) {
    const fields: SurveyError["fields"] = {};
    for (const issue of parsed.error.issues) fields[issue.path[0] as SurveyField] ??= issue.message;
    if (fields.token) return { ok: false, error: { code: "INVALID", message: invalidSurveyLinkMessage, fields } };
    return {
      ok: false,
      error: { code: "INVALID", message: parsed.error.issues[0]?.message ?? "Formulaire invalide.", fields },
    };
  }
  const { token, rating, comment } = parsed.data;
  const outcome = await inTransaction<{ saved: true }>(ctx.db, async (tx) => {
    const repo = eventRegistrationsRepository(tx);
    const registration = await repo.findByTokenHash(hashToken(token));
    if (!registration || registration.attended !== true) {
      return {
        ok: false,
        error: { code: "INVALID", message: invalidSurveyLinkMessage, fields: { token: invalidSurveyLinkMessage } },
      };
    }
    if (registration.surveyAnswered || !(await repo.saveSurvey(registration.id, rating, comment))) {
      return { ok: false, error: { code: "CONFLICT", message: surveyAlreadyAnsweredMessage, fields: {} } };
    }
    return { ok: true, value: { saved: true as const } };
  });
  // Every refusal above carries its fields.
  return outcome as Result<{ saved: true }, SurveyError>;
}
