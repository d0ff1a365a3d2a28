import { documentsRepository } from "@cvv/db";
import type { AddDocumentVersionInput } from "@cvv/domain/documents";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { depositedFile, documentView, type DocumentView } from "../document-view.js";
import { recordAccess } from "../record-access.js";

export const versionConflict = "Une autre version vient d'être déposée : rechargez la page.";

/**
 * Deposits a new version of a document, numbered after the last one. Two people depositing from
 * the same page: the second finds the document's version moved and is told to reload, rather than
 * both files being numbered as if each were the other's successor.
 */
export async function addDocumentVersion(
  ctx: Context,
  actor: SessionUser,
  input: AddDocumentVersionInput,
): Promise<Result<DocumentView>> {
  const document = await documentsRepository(ctx.db).find(input.id);
  if (!document) return notFound("Document");
  const access = await recordAccess(ctx.db, actor, document, "write");
  if (!access.ok) return access;
  const file = await depositedFile(ctx.db, actor, input.fileId);
  if (!file.ok) return file;

  return inTransaction(ctx.db, async (tx) => {
    const outcome = await documentsRepository(tx).addVersion({
      id: document.id,
      version: input.version,
      entity: document.entity,
      entityId: document.entityId,
      fileId: file.value.id,
      note: input.note ?? "",
      uploadedById: actor.id,
    });
    switch (outcome.status) {
      case "ok":
        return ok(documentView(outcome.value));
      case "conflict":
        return fail("CONFLICT", versionConflict);
      case "not_found":
        return notFound("Document");
    }
  });
}
