import { documentsRepository } from "@cvv/db";
import type { CreateDocumentInput } from "@cvv/domain/documents";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { depositedFile, documentView, type DocumentView } from "../document-view.js";
import { recordAccess } from "../record-access.js";

/** Attaches a document to a record, its uploaded file as version 1 (one write: both or nothing). */
export async function createDocument(
  ctx: Context,
  actor: SessionUser,
  input: CreateDocumentInput,
): Promise<Result<DocumentView>> {
  const access = await recordAccess(ctx.db, actor, input, "write");
  if (!access.ok) return access;
  const file = await depositedFile(ctx.db, actor, input.fileId);
  if (!file.ok) return file;
  const created = await documentsRepository(ctx.db).create({
    entity: input.entity,
    entityId: input.entityId,
    projectId: access.value.projectId,
    title: input.title,
    description: input.description ?? "",
    fileId: file.value.id,
    note: input.note ?? "",
    uploadedById: actor.id,
  });
  return ok(documentView(created));
}
