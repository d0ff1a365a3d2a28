import { documentsRepository } from "@cvv/db";
import type { RemoveDocumentInput } from "@cvv/domain/documents";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { mayRemoveDocuments, recordAccess } from "../record-access.js";

/**
 * Removes a document with all its versions (officers only), and the files nothing else uses any
 * more: their rows in the same transaction, their bytes on disk once it is committed.
 */
export async function removeDocument(
  ctx: Context,
  actor: SessionUser,
  input: RemoveDocumentInput,
): Promise<Result<{ id: string; title: string }>> {
  const document = await documentsRepository(ctx.db).find(input.id);
  if (!document) return notFound("Document");
  const access = await recordAccess(ctx.db, actor, document, "write");
  if (!access.ok) return access;
  if (!mayRemoveDocuments(actor)) return forbidden();

  const removed = await inTransaction<string[]>(ctx.db, async (tx) => {
    const repo = documentsRepository(tx);
    const outcome = await repo.remove({ ...input, entity: document.entity, entityId: document.entityId });
    if (outcome.status !== "ok") return fromWrite<never>(outcome, "Document");
    return ok(await repo.removeUnusedFiles(outcome.value));
  });
  if (!removed.ok) return removed;
  // Only now: a rolled-back removal would otherwise leave versions whose files are gone.
  await Promise.all(removed.value.map((storageKey) => ctx.files.remove(storageKey)));
  return ok({ id: document.id, title: document.title });
}
