import { communicationActionsRepository, recordChangesRepository } from "@cvv/db";
import {
  communicationChannelLabels,
  communicationStatusLabels,
  isCommunicationOverdue,
  monthDays,
  nextCommunicationStatuses,
  type CommunicationAction,
  type CommunicationStatus,
  type ListCommunicationActionsInput,
} from "@cvv/domain/communication";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";
import { parisDate } from "../shared/paris-date.js";

export interface CommunicationActionView extends CommunicationAction {
  /** Its day has passed and it is neither done nor cancelled: "en retard". */
  overdue: boolean;
  nextStatuses: CommunicationStatus[];
}

const view = (action: CommunicationAction, today: string): CommunicationActionView => ({
  ...action,
  overdue: isCommunicationOverdue(action, today),
  nextStatuses: [...nextCommunicationStatuses(action.status)],
});

/**
 * The plan under the filters the list and the calendar share. A month sets the period to that
 * month (the calendar's page); `today` is the officers' day in Paris, against which "late" is said.
 */
export async function listCommunicationActions(
  ctx: Context,
  actor: SessionUser,
  input: ListCommunicationActionsInput,
): Promise<Result<{ today: string; actions: CommunicationActionView[] }>> {
  if (!can(actor, "communication.manage")) return forbidden();
  const today = parisDate(ctx.now());
  const period = input.month ? monthDays(input.month) : { from: input.from, to: input.to };
  const actions = await communicationActionsRepository(ctx.db).list({
    from: period.from,
    to: period.to,
    channel: input.channel,
    status: input.status,
    ownerId: input.ownerId,
    overdueOn: input.overdue ? today : undefined,
  });
  return ok({ today, actions: actions.map((action) => view(action, today)) });
}

export async function getCommunicationAction(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "communication.manage")) return forbidden();
  const action = await communicationActionsRepository(ctx.db).find(id);
  if (!action) return notFound("Action de communication");
  return ok(view(action, parisDate(ctx.now())));
}

/** What the form's pickers offer: events and publications by title, and the staff who can own an action. */
export async function communicationOptions(ctx: Context, actor: SessionUser) {
  if (!can(actor, "communication.manage")) return forbidden();
  const repo = communicationActionsRepository(ctx.db);
  return ok({
    events: await repo.eventOptions(),
    publications: await repo.publicationOptions(),
    owners: await repo.ownerOptions(),
  });
}

export interface CommunicationHistoryEntry {
  id: string;
  action: string;
  actorName: string | null;
  createdAt: string;
  lines: { field: string; before: string; after: string }[];
}

const fieldNames: Record<string, string> = {
  title: "Titre",
  channel: "Canal",
  audience: "Public visé",
  message: "Message",
  plannedOn: "Date prévue",
  ownerId: "Responsable",
  status: "Statut",
  eventId: "Événement lié",
  publicationId: "Publication liée",
};

const fieldOrder = (field: string) => {
  const index = Object.keys(fieldNames).indexOf(field);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
};

/** Who changed what on an action, newest first, in words: labels for codes, names for ids, French dates. */
export async function communicationHistory(
  ctx: Context,
  actor: SessionUser,
  id: string,
): Promise<Result<CommunicationHistoryEntry[]>> {
  if (!can(actor, "communication.manage")) return forbidden();
  const repo = communicationActionsRepository(ctx.db);
  const changes = await recordChangesRepository(ctx.db).forRecord("communication-action", id);
  if (changes.length === 0 && !(await repo.find(id))) return notFound("Action de communication");
  const options = await communicationOptions(ctx, actor);
  const names = new Map<string, string>();
  if (options.ok) {
    for (const o of [...options.value.events, ...options.value.publications]) names.set(o.id, o.title);
    for (const o of options.value.owners) names.set(o.id, o.displayName);
  }
  const say = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "(vide)";
    const text = String(value);
    if (field === "channel") return communicationChannelLabels[text as keyof typeof communicationChannelLabels] ?? text;
    if (field === "status") return communicationStatusLabels[text as keyof typeof communicationStatusLabels] ?? text;
    if (field === "plannedOn") return text.split("-").reverse().join("/");
    if (field === "ownerId" || field === "eventId" || field === "publicationId") return names.get(text) ?? "(supprimé)";
    return text;
  };
  return ok(
    changes.reverse().map((change) => ({
      id: change.id,
      action: change.action,
      actorName: change.actorName,
      createdAt: change.createdAt,
      // In the form's order: the database keeps a JSON object's keys in an order of its own.
      lines: Object.entries(change.changes)
        .sort(([a], [b]) => fieldOrder(a) - fieldOrder(b))
        .map(([field, [before, after]]) => ({
          field: fieldNames[field] ?? field,
          before: say(field, before),
          after: say(field, after),
        })),
    })),
  );
}
