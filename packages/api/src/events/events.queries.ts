import {
  adminEventsRepository,
  eventRegistrationsRepository,
  type AdminEvent,
  type AdminEventSummary,
  type RegistrationRow,
} from "@cvv/db";
import { parisMidnight, type EventKind, type EventStatus } from "@cvv/domain/events";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";

export interface EventListFilter {
  from?: string | undefined;
  to?: string | undefined;
  kind?: EventKind | undefined;
  status?: EventStatus | undefined;
  communeInseeCode?: string | undefined;
}

const parisDay = (day: string, plus = 0) => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return parisMidnight(y, m, d + plus);
};

/** The officers' list of events, filtered by a span of Paris days, kind, status and commune. */
export async function listEvents(
  ctx: Context,
  actor: SessionUser,
  filter: EventListFilter,
): Promise<Result<AdminEventSummary[]>> {
  if (!can(actor, "event.read")) return forbidden();
  return ok(
    await adminEventsRepository(ctx.db).list({
      from: filter.from ? parisDay(filter.from) : undefined,
      to: filter.to ? parisDay(filter.to, 1) : undefined,
      kind: filter.kind,
      status: filter.status,
      communeInseeCode: filter.communeInseeCode,
    }),
  );
}

export interface EventDetail extends AdminEvent {
  registrations: RegistrationRow[];
  counts: {
    confirmed: number;
    waiting: number;
    cancelled: number;
    /** Null while attendance has not been taken. */
    attended: number | null;
    placesLeft: number | null;
  };
  survey: { responses: number; averageRating: number | null; comments: string[] };
}

/** One event with its registrations (personal data: officers only), their counts and the survey's results. */
export async function getEvent(ctx: Context, actor: SessionUser, id: string): Promise<Result<EventDetail>> {
  if (!can(actor, "event.read")) return forbidden();
  const event = await adminEventsRepository(ctx.db).find(id);
  if (!event) return notFound("Événement");
  const registrations = eventRegistrationsRepository(ctx.db);
  const rows = await registrations.listForEvent(id);
  const count = (status: RegistrationRow["status"]) => rows.filter((r) => r.status === status).length;
  const taken = rows.some((r) => r.attended !== null);
  const confirmed = count("confirmed");
  return ok({
    ...event,
    registrations: rows,
    counts: {
      confirmed,
      waiting: count("waiting"),
      cancelled: count("cancelled"),
      attended: taken ? rows.filter((r) => r.attended === true).length : null,
      placesLeft: event.capacity === null ? null : Math.max(0, event.capacity - confirmed),
    },
    survey: await registrations.surveyResults(id),
  });
}
