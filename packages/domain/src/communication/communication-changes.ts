import { diffFields, type FieldChanges } from "../shared/field-changes.js";
import type { CommunicationAction } from "./communication-action.schema.js";

const trackedFields = [
  "title",
  "channel",
  "audience",
  "message",
  "plannedOn",
  "ownerId",
  "status",
  "eventId",
  "publicationId",
] as const satisfies readonly (keyof CommunicationAction)[];

/** The history's account of an action: each field that changed, before and after (all of them on creation). */
export function communicationActionChanges(
  before: CommunicationAction | null,
  after: CommunicationAction,
): FieldChanges {
  return diffFields<CommunicationAction>(before, after, trackedFields);
}
