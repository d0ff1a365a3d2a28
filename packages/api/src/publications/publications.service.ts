import {
  communesRepository,
  filesRepository,
  publicationAdminRepository,
  publicationsRepository,
  type AdminPublication,
  type Tx,
} from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { checkPublicationTransition, markdownSafetyWarnings, normalizePublicationTags } from "@cvv/domain/publications";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, fromWrite, notFound } from "../shared/errors.js";
import { inTransaction } from "../shared/transaction.js";
import { slugClaimed, uniqueSlug, unwrapWrite } from "../shared/unique-slug.js";
import type {
  CreateAdminPublicationInput,
  TransitionPublicationInput,
  UpdateAdminPublicationInput,
} from "./publications.input.js";

/** What a save answers: the publication, and what the sanitiser will remove from its body. */
export interface SavedPublication {
  publication: AdminPublication;
  warnings: string[];
}

const imageTypes = ["image/png", "image/jpeg", "image/webp"];

async function checkLinks(
  tx: Tx,
  communeInseeCodes: readonly string[] | undefined,
  projectIds: readonly string[] | undefined,
): Promise<Result<void>> {
  if (communeInseeCodes && communeInseeCodes.length > 0) {
    const known = await communesRepository(tx).existing([...communeInseeCodes]);
    const unknown = communeInseeCodes.filter((c) => !known.includes(c));
    if (unknown.length > 0) {
      return fail("INVALID", `Commune inconnue de la Métropole : ${unknown.join(", ")}.`, "communeInseeCodes");
    }
  }
  if (projectIds && projectIds.length > 0) {
    const found = await publicationAdminRepository(tx).existingProjectIds(projectIds);
    if (found.length !== new Set(projectIds).size)
      return fail("INVALID", "Un des projets liés est introuvable.", "projectIds");
  }
  return ok(undefined);
}

export async function createPublication(
  ctx: Context,
  actor: SessionUser,
  input: CreateAdminPublicationInput,
): Promise<Result<SavedPublication>> {
  if (!can(actor, "publication.manage")) return forbidden();
  const communeInseeCodes = [...new Set(input.communeInseeCodes ?? [])];
  const projectIds = [...new Set(input.projectIds ?? [])];
  const tags = normalizePublicationTags(input.tags ?? []);
  const body = input.body ?? "";
  return inTransaction(ctx.db, async (tx) => {
    const links = await checkLinks(tx, communeInseeCodes, projectIds);
    if (!links.ok) return links;
    const repo = publicationsRepository(tx);
    const slug = input.slug ?? (await uniqueSlug(input.title, (s) => repo.slugTaken(s)));
    if (input.slug && (await repo.slugTaken(input.slug))) {
      return fail("CONFLICT", `L'adresse courte « ${input.slug} » est déjà prise : choisissez-en une autre.`, "slug");
    }
    const created = await slugClaimed(
      () =>
        repo.create({
          slug,
          kind: input.kind,
          title: input.title,
          summary: input.summary ?? "",
          body,
          tags,
          communeInseeCodes,
          projectIds,
        }),
      slug,
      "Publication",
    );
    if (!created.ok) return created;
    const admin = publicationAdminRepository(tx);
    await admin.addVersion({
      publicationId: created.value.id,
      title: input.title,
      summary: input.summary ?? "",
      body,
      tags,
      authorId: actor.id,
    });
    const publication = await admin.find(created.value.id);
    if (!publication) return notFound("Publication");
    return ok({ publication, warnings: markdownSafetyWarnings(body) });
  });
}

/** Every save is a new version: the text as typed, and who typed it. */
export async function updatePublication(
  ctx: Context,
  actor: SessionUser,
  input: UpdateAdminPublicationInput,
): Promise<Result<SavedPublication>> {
  if (!can(actor, "publication.manage")) return forbidden();
  const communeInseeCodes = input.communeInseeCodes && [...new Set(input.communeInseeCodes)];
  const projectIds = input.projectIds && [...new Set(input.projectIds)];
  return inTransaction(ctx.db, async (tx) => {
    const links = await checkLinks(tx, communeInseeCodes, projectIds);
    if (!links.ok) return links;
    const admin = publicationAdminRepository(tx);
    const slug = input.slug;
    const written = await slugClaimed(
      async () =>
        unwrapWrite(
          await admin.update({
            ...input,
            tags: input.tags && normalizePublicationTags(input.tags),
            communeInseeCodes,
            projectIds,
          }),
        ),
      slug ?? "",
      "Publication",
    );
    if (!written.ok) return written;
    const publication = written.value;
    await admin.addVersion({
      publicationId: publication.id,
      title: publication.title,
      summary: publication.summary,
      body: publication.body,
      tags: publication.tags,
      authorId: actor.id,
    });
    return ok({ publication, warnings: markdownSafetyWarnings(publication.body) });
  });
}

/** An old version becomes the current text again, as a new version: the history keeps both. */
export async function restorePublicationVersion(
  ctx: Context,
  actor: SessionUser,
  input: { id: string; version: number; versionId: string },
): Promise<Result<SavedPublication>> {
  if (!can(actor, "publication.manage")) return forbidden();
  const old = await publicationAdminRepository(ctx.db).findVersion(input.id, input.versionId);
  if (!old) return notFound("Version");
  return updatePublication(ctx, actor, {
    id: input.id,
    version: input.version,
    title: old.title,
    summary: old.summary,
    body: old.body,
    tags: old.tags,
  });
}

export async function transitionPublication(
  ctx: Context,
  actor: SessionUser | null,
  input: TransitionPublicationInput,
): Promise<Result<AdminPublication>> {
  // The scheduler moves due publications without a user; people need the permission.
  if (actor && !can(actor, "publication.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const admin = publicationAdminRepository(tx);
    const current = await admin.find(input.id);
    if (!current) return notFound("Publication");
    const checked = checkPublicationTransition({
      from: current.status,
      to: input.to,
      publishAt: input.publishAt ?? current.publishAt,
      comment: input.comment,
      now: ctx.now(),
    });
    if (!checked.ok) return checked;
    return fromWrite(
      await admin.setStatus({
        id: input.id,
        version: input.version,
        status: input.to,
        publishAt: checked.value.publishAt,
      }),
      "Publication",
    );
  });
}

/** Scheduled publications whose time has come become published; returns how many. */
export async function publishDuePublications(ctx: Pick<Context, "db" | "now">): Promise<{ published: number }> {
  const now = ctx.now();
  const due = await publicationAdminRepository(ctx.db).dueScheduled(now);
  let published = 0;
  for (const item of due) {
    const outcome = await publicationAdminRepository(ctx.db).setStatus({
      id: item.id,
      version: item.version,
      status: "published",
      // The announced date stays the date of publication, even if the job runs a little later.
      publishAt: item.publishAt,
    });
    if (outcome.status === "ok") published++;
  }
  return { published };
}

export async function addPublicationImage(
  ctx: Context,
  actor: SessionUser,
  input: { publicationId: string; fileId: string; alt: string; caption?: string | undefined },
): Promise<Result<AdminPublication>> {
  if (!can(actor, "publication.manage")) return forbidden();
  const alt = input.alt.trim();
  if (alt === "") {
    return fail("INVALID", "Le texte alternatif de l'image est obligatoire : décrivez ce qu'elle montre.", "alt");
  }
  return inTransaction(ctx.db, async (tx) => {
    const admin = publicationAdminRepository(tx);
    if (!(await admin.find(input.publicationId))) return notFound("Publication");
    const file = await filesRepository(tx).find(input.fileId);
    if (!file) return notFound("Fichier");
    if (!imageTypes.includes(file.mimeType)) {
      return fail("INVALID", "Ce fichier n'est pas une image : envoyez une image PNG, JPEG ou WebP.", "fileId");
    }
    await admin.addImage({
      publicationId: input.publicationId,
      fileId: input.fileId,
      alt,
      caption: input.caption ?? "",
    });
    await admin.touch(input.publicationId);
    const publication = await admin.find(input.publicationId);
    return publication ? ok(publication) : notFound("Publication");
  });
}

export async function updatePublicationImage(
  ctx: Context,
  actor: SessionUser,
  input: { id: string; alt?: string | undefined; caption?: string | undefined },
): Promise<Result<AdminPublication>> {
  if (!can(actor, "publication.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const admin = publicationAdminRepository(tx);
    const image = await admin.findImage(input.id);
    if (!image) return notFound("Image");
    await admin.updateImage(input.id, { alt: input.alt, caption: input.caption });
    await admin.touch(image.publicationId);
    const publication = await admin.find(image.publicationId);
    return publication ? ok(publication) : notFound("Publication");
  });
}

export async function removePublicationImage(
  ctx: Context,
  actor: SessionUser,
  input: { id: string },
): Promise<Result<AdminPublication>> {
  if (!can(actor, "publication.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const admin = publicationAdminRepository(tx);
    const image = await admin.findImage(input.id);
    if (!image) return notFound("Image");
    await admin.removeImage(input.id);
    await admin.touch(image.publicationId);
    const publication = await admin.find(image.publicationId);
    return publication ? ok(publication) : notFound("Publication");
  });
}
