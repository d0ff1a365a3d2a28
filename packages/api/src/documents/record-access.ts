import { documentsRepository, type DocumentScope, type Tx } from "@cvv/db";
import { documentEntityLabels, type DocumentEntity } from "@cvv/domain/documents";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { Actor } from "@cvv/domain/users";
import { forbidden, notFound } from "../shared/errors.js";

export interface DocumentRecordRef {
  entity: DocumentEntity;
  entityId: string;
}

const actions = { read: "document.read", write: "document.write" } as const;

/**
 * The one place that says who may read or write a record's documents, for the procedures and the
 * download route alike. The record's commune is looked up and given to `can`; a record with no
 * commune (the programme, its committees' meetings) is given none, which leaves it to officers:
 * a contributor's rights on documents hold only within their communes.
 */
export async function recordAccess(
  db: Tx,
  actor: Actor,
  record: DocumentRecordRef,
  access: "read" | "write",
): Promise<Result<DocumentScope>> {
  const scope = await documentsRepository(db).scopeOf(record.entity, record.entityId);
  if (!scope) return notFound(documentEntityLabels[record.entity]);
  if (!allows(actor, scope, access)) return forbidden();
  return ok(scope);
}

/** What the person may do with the documents of a record they may read: what the page offers. */
export function documentPermissions(actor: Actor, scope: DocumentScope): { write: boolean; remove: boolean } {
  return { write: allows(actor, scope, "write"), remove: allows(actor, scope, "write") && mayRemoveDocuments(actor) };
}

/**
 * Removing a document erases every version of it: officers only. No commune is given, so the
 * right a contributor holds on their communes' documents does not reach this.
 */
export function mayRemoveDocuments(actor: Actor): boolean {
  return can(actor, "document.write");
}

function allows(actor: Actor, scope: DocumentScope, access: "read" | "write"): boolean {
  const resource = scope.communeInseeCode === null ? {} : { communeInseeCode: scope.communeInseeCode };
  return can(actor, actions[access], resource);
}
