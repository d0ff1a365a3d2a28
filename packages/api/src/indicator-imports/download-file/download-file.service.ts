import { filesRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { idSchema, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { notFound } from "../../shared/errors.js";

export interface FileDownload {
  fileName: string;
  mimeType: string;
  body: Buffer;
}

/**
 * A stored file for whoever may see it: officers and administrators, its uploader, and the
 * contributors of a commune whose value it is attached to. Anyone else is told it does not
 * exist, so ids cannot be probed.
 */
export async function downloadFile(ctx: Context, actor: SessionUser, id: string): Promise<Result<FileDownload>> {
  if (!idSchema.safeParse(id).success) return notFound("Fichier");
  const files = filesRepository(ctx.db);
  const file = await files.find(id);
  if (!file) return notFound("Fichier");
  // Without a commune, value.read holds for staff only; a contributor needs one of the file's communes.
  const allowed =
    file.uploadedById === actor.id ||
    can(actor, "value.read") ||
    (await files.attachedToCommunes(id)).some((code) => can(actor, "value.read", { communeInseeCode: code }));
  if (!allowed) return notFound("Fichier");
  const body = await ctx.files.read(file.storageKey).catch(() => null);
  if (!body) return notFound("Fichier");
  return ok({ fileName: file.fileName, mimeType: file.mimeType, body });
}
