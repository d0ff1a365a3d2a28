import { documentsRepository } from "@cvv/db";
import type { DocumentRecordInput } from "@cvv/domain/documents";
import { ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { notFound } from "../shared/errors.js";
import { documentView, versionView } from "./document-view.js";
import { documentPermissions, recordAccess } from "./record-access.js";

/** A record's documents with their latest version, and what the person may do with them. */
export async function listDocuments(ctx: Context, actor: SessionUser, record: DocumentRecordInput) {
  const access = await recordAccess(ctx.db, actor, record, "read");
  if (!access.ok) return access;
  const documents = await documentsRepository(ctx.db).listForRecord(record.entity, record.entityId);
  return ok({ documents: documents.map(documentView), permissions: documentPermissions(actor, access.value) });
}

/** Every version of a document, the latest first, for whoever may read its record. */
export async function listDocumentVersions(ctx: Context, actor: SessionUser, id: string) {
  const repo = documentsRepository(ctx.db);
  const document = await repo.find(id);
  if (!document) return notFound("Document");
  const access = await recordAccess(ctx.db, actor, document, "read");
  if (!access.ok) return access;
  return ok((await repo.versions(id)).map(versionView));
}
