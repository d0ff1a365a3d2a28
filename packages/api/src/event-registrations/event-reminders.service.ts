import { eventRegistrationsRepository, hashToken, newToken } from "@cvv/db";
import { isReminderDue, isSurveyDue, SURVEY_WINDOW_DAYS } from "@cvv/domain/events";
import type { Context } from "../shared/context.js";
import { inTransaction } from "../shared/transaction.js";
import { ok } from "@cvv/domain/shared";
import { eventYear, refreshEventIndicators } from "./event-indicators.service.js";
import { reminderMail, surveyMail } from "./registration-mails.js";
import { trySend } from "./register.service.js";

export type EventJobContext = Pick<Context, "db" | "mailer" | "config" | "now">;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EventJobSummary {
  reminders: number;
  surveys: number;
  /** Years whose event indicators were recounted. */
  years: number[];
  /** Registrations anonymised, their event ended a year ago or more. */
  anonymised: number;
}

/** How long registrants' names and addresses are kept after the event (the form's notice says so). */
export const REGISTRATION_RETENTION_DAYS = 365;

/**
 * The events' scheduled work: reminders the day before, the satisfaction survey after the
 * event to those present, and the programme's event indicators recounted for the years touched
 * (this year, and last year in January so that December's events are counted once ended). Each
 * mail is claimed in the database before it leaves (reminderSentAt, surveySentAt): never twice,
 * even on two servers. A claimed mail that fails is not retried; the job is not a mail queue.
 * Registrants' personal data is anonymised a year after the event, as the form's notice says.
 */
export async function runEventJobs(ctx: EventJobContext): Promise<EventJobSummary> {
  const now = ctx.now();
  const repo = eventRegistrationsRepository(ctx.db);
  let reminders = 0;
  for (const candidate of await repo.reminderCandidates(now, new Date(now.getTime() + DAY_MS))) {
    if (!isReminderDue(candidate.event.startsAt, now)) continue;
    const token = newToken();
    if (!(await repo.claimReminder(candidate.id, hashToken(token), now))) continue;
    if (await trySend(ctx, reminderMail(ctx.config.publicUrl, candidate.event, candidate, token))) reminders += 1;
  }
  let surveys = 0;
  for (const candidate of await repo.surveyCandidates(new Date(now.getTime() - SURVEY_WINDOW_DAYS * DAY_MS), now)) {
    if (!isSurveyDue(candidate.event.endsAt, now)) continue;
    const token = newToken();
    if (!(await repo.claimSurvey(candidate.id, hashToken(token), now))) continue;
    if (await trySend(ctx, surveyMail(ctx.config.publicUrl, candidate.event, candidate, token))) surveys += 1;
  }
  const thisYear = eventYear(now.toISOString());
  const years =
    new Date(now.getTime() - SURVEY_WINDOW_DAYS * DAY_MS).getUTCFullYear() < thisYear
      ? [thisYear - 1, thisYear]
      : [thisYear];
  for (const year of years) {
    await inTransaction(ctx.db, async (tx) => ok(await refreshEventIndicators(tx, { year, now, actorId: null })));
  }
  const anonymised = await repo.anonymiseEndedBefore(
    new Date(now.getTime() - REGISTRATION_RETENTION_DAYS * DAY_MS),
    now,
  );
  return { reminders, surveys, years, anonymised };
}
