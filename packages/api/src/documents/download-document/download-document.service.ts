import type { Readable } from "node:stream";
import { documentsRepository } from "@cvv/db";
import { idSchema, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { notFound } from "../../shared/errors.js";
import { recordAccess } from "../record-access.js";

export interface DocumentDownload {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  body: Readable;
}

const what = "Version du document";

/** A version's file, streamed, for whoever may read the record its document is attached to. */
export async function downloadDocumentVersion(
  ctx: Context,
  actor: SessionUser,
  versionId: string,
): Promise<Result<DocumentDownload>> {
  if (!idSchema.safeParse(versionId).success) return notFound(what);
  const version = await documentsRepository(ctx.db).findVersionFile(versionId);
  if (!version) return notFound(what);
  const access = await recordAccess(ctx.db, actor, version, "read");
  if (!access.ok) return access;
  const file = await ctx.files.stream(version.storageKey);
  if (!file) return notFound(what);
  return ok({ fileName: version.fileName, mimeType: version.mimeType, sizeBytes: file.sizeBytes, body: file.body });
}
