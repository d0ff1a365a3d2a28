import { recordChangesRepository, type RecordChangeView } from "@cvv/db";
import {
  bodyKindLabels,
  editionStatusLabels,
  eventKindLabels,
  eventStatusLabels,
  legalBasisLabels,
  meetingStatusLabels,
  networkKindLabels,
  organisationKindLabels,
  programmeStatusLabels,
  raciRoleLetters,
} from "@cvv/domain/labels";
import { can } from "@cvv/domain/permissions";
import { fieldLabels, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden } from "../shared/errors.js";

/** The records whose history is read here; the others have theirs in their own feature. */
export const historyEntities = [
  "programme",
  "edition",
  "governance-body",
  "meeting",
  "raci",
  "organisation",
  "contact",
  "network",
  "network-meeting",
  "event",
] as const;
export type HistoryEntity = (typeof historyEntities)[number];

export interface HistoryLine {
  field: string;
  before: string;
  after: string;
}

export interface HistoryEntry {
  id: string;
  action: string;
  actorName: string | null;
  createdAt: string;
  lines: HistoryLine[];
}

const readAction = {
  programme: "programme.read",
  edition: "programme.read",
  "governance-body": "governance.read",
  meeting: "governance.read",
  raci: "governance.read",
  organisation: "partner.read",
  contact: "contact.read",
  network: "network.read",
  "network-meeting": "network.read",
  event: "event.read",
} as const;

const valueLabels: Record<HistoryEntity, Record<string, Record<string, string>>> = {
  programme: { status: programmeStatusLabels },
  edition: { status: editionStatusLabels },
  "governance-body": { kind: bodyKindLabels },
  meeting: { status: meetingStatusLabels },
  raci: {},
  organisation: { kind: organisationKindLabels },
  contact: { legalBasis: legalBasisLabels },
  network: { kind: networkKindLabels },
  "network-meeting": {},
  event: { kind: eventKindLabels, status: eventStatusLabels },
};

const NOTHING = "(vide)";
const paris = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });

/** A stored value as a reader says it: labels for codes, French dates, lists joined. */
function say(entity: HistoryEntity, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    return NOTHING;
  }
  if (entity === "raci" && Array.isArray(value)) {
    return (value as { activity: string; party: string; role: keyof typeof raciRoleLetters }[])
      .map((a) => `${a.activity} — ${a.party} : ${raciRoleLetters[a.role] ?? a.role}`)
      .join(" ; ");
  }
  const labels = valueLabels[entity][field];
  if (labels && typeof value === "string") return labels[value] ?? value;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split("-").reverse().join("/");
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return paris.format(new Date(value));
  if (typeof value === "number") return value.toLocaleString("fr-FR");
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (Array.isArray(value)) return value.map((v) => say(entity, field, v)).join(", ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k} : ${say(entity, k, v)}`)
      .join(" ; ");
  }
  return String(value);
}

// Fields the validation messages never name, so fieldLabels does not know them.
export const historyFieldLabels: Record<string, string> = { assignments: "matrice des rôles" };

/** A recorded field's name as officers read it. */
export const historyFieldName = (field: string) => {
  const label = historyFieldLabels[field] ?? fieldLabels[field] ?? field;
  return label.charAt(0).toUpperCase() + label.slice(1);
};

function toEntry(entity: HistoryEntity, change: RecordChangeView): HistoryEntry {
  return {
    id: change.id,
    action: change.action,
    actorName: change.actorName,
    createdAt: change.createdAt,
    lines: Object.entries(change.changes).map(([field, [before, after]]) => ({
      field: historyFieldName(field),
      before: say(entity, field, before),
      after: say(entity, field, after),
    })),
  };
}

/**
 * Who changed what on a programme, an edition, a governance body or a meeting, newest first, in
 * words, for whoever may read the record.
 */
export async function recordHistory(
  ctx: Context,
  actor: SessionUser,
  input: { entity: HistoryEntity; entityId: string },
): Promise<Result<HistoryEntry[]>> {
  if (!can(actor, readAction[input.entity])) return forbidden();
  const changes = await recordChangesRepository(ctx.db).forRecord(input.entity, input.entityId);
  return ok(changes.reverse().map((change) => toEntry(input.entity, change)));
}
