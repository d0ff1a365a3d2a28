import { publicationAdminRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { Context } from "../shared/context.js";
import { notFound } from "../shared/errors.js";

export interface PublicationImageFile {
  mimeType: string;
  body: Buffer;
  /** Whether a shared cache may keep it: only images the public may see. */
  public: boolean;
}

/**
 * An image of a publication: anyone sees the images of a publication readable on the portal;
 * officers also those of drafts, for the preview. Anything else is not found, never forbidden, so
 * an address does not tell that an unpublished publication exists.
 */
export async function publicationImageFile(
  ctx: Pick<Context, "db" | "now" | "files" | "user">,
  id: string,
): Promise<Result<PublicationImageFile>> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return notFound("Image");
  const repo = publicationAdminRepository(ctx.db);
  const visible = await repo.publicImageFile(id, ctx.now());
  const file = visible ?? (ctx.user && can(ctx.user, "publication.read") ? await repo.imageFile(id) : null);
  if (!file) return notFound("Image");
  return ok({ mimeType: file.mimeType, body: await ctx.files.read(file.storageKey), public: visible !== null });
}
