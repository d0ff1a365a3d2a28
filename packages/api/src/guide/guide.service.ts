import { guideRepository, type GuideChapterSummary } from "@cvv/db";
import {
  checkAccept,
  checkCanPropose,
  checkDecline,
  checkWithdraw,
  type CreateGuideChapterInput,
  type CreateGuideProposalInput,
  type GuideChapter,
  type GuideChapterStatus,
  type GuideProposal,
  type UpdateGuideChapterInput,
} from "@cvv/domain/guide";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, fromWrite, notFound } from "../shared/errors.js";
import { inTransaction } from "../shared/transaction.js";
import { slugClaimed, uniqueSlug, unwrapWrite } from "../shared/unique-slug.js";

/** Officers see every chapter; partners the ones they may propose on (all the guide's chapters). */
export async function listChapters(ctx: Context, actor: SessionUser): Promise<Result<GuideChapterSummary[]>> {
  if (!can(actor, "guide.read")) return forbidden();
  const chapters = await guideRepository(ctx.db).chapters();
  // A partner does not need the count of other partners' proposals.
  return ok(can(actor, "guide.manage") ? chapters : chapters.map((c) => ({ ...c, pendingProposals: 0 })));
}

export async function getChapter(
  ctx: Context,
  actor: SessionUser,
  id: string,
): Promise<Result<GuideChapter & { proposals: GuideProposal[] }>> {
  if (!can(actor, "guide.read")) return forbidden();
  const repo = guideRepository(ctx.db);
  const chapter = await repo.findChapter(id);
  if (!chapter) return notFound("Chapitre");
  const proposals = await repo.proposals({
    chapterId: id,
    authorId: can(actor, "guide.manage") ? undefined : actor.id,
  });
  return ok({ ...chapter, proposals });
}

export async function createChapter(
  ctx: Context,
  actor: SessionUser,
  input: CreateGuideChapterInput,
): Promise<Result<GuideChapter>> {
  if (!can(actor, "guide.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = guideRepository(tx);
    if (input.slug && (await repo.slugTaken(input.slug))) {
      return fail("CONFLICT", `L'adresse courte « ${input.slug} » est déjà prise : choisissez-en une autre.`, "slug");
    }
    const slug = input.slug ?? (await uniqueSlug(input.title, (s) => repo.slugTaken(s)));
    return slugClaimed(() => repo.createChapter({ ...input, slug }), slug, "Chapitre");
  });
}

export async function updateChapter(
  ctx: Context,
  actor: SessionUser,
  input: UpdateGuideChapterInput,
): Promise<Result<GuideChapter>> {
  if (!can(actor, "guide.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = guideRepository(tx);
    if (input.slug && (await repo.slugTaken(input.slug, input.id))) {
      return fail("CONFLICT", `L'adresse courte « ${input.slug} » est déjà prise : choisissez-en une autre.`, "slug");
    }
    return slugClaimed(async () => unwrapWrite(await repo.updateChapter(input)), input.slug ?? "", "Chapitre");
  });
}

export async function reorderChapters(
  ctx: Context,
  actor: SessionUser,
  ids: string[],
): Promise<Result<GuideChapterSummary[]>> {
  if (!can(actor, "guide.manage")) return forbidden();
  if (new Set(ids).size !== ids.length)
    return fail("INVALID", "Un chapitre figure deux fois dans l'ordre demandé.", "ids");
  return inTransaction(ctx.db, async (tx) => {
    const repo = guideRepository(tx);
    const known = new Set((await repo.chapters()).map((c) => c.id));
    if (ids.some((id) => !known.has(id))) return notFound("Chapitre");
    await repo.reorder(ids);
    return ok(await repo.chapters());
  });
}

export async function setChapterStatus(
  ctx: Context,
  actor: SessionUser,
  input: { id: string; version: number; status: GuideChapterStatus },
): Promise<Result<GuideChapter>> {
  if (!can(actor, "guide.manage")) return forbidden();
  const repo = guideRepository(ctx.db);
  const chapter = await repo.findChapter(input.id);
  if (!chapter) return notFound("Chapitre");
  return fromWrite(
    await repo.updateChapter({
      id: input.id,
      version: input.version,
      status: input.status,
      // The first publication date is kept: the portal says since when the chapter is public.
      publishedAt: input.status === "published" ? (chapter.publishedAt ? undefined : ctx.now()) : undefined,
    }),
    "Chapitre",
  );
}

export async function createProposal(
  ctx: Context,
  actor: SessionUser,
  input: CreateGuideProposalInput,
): Promise<Result<GuideProposal>> {
  if (!can(actor, "guide.propose")) return forbidden();
  const repo = guideRepository(ctx.db);
  const chapter = await repo.findChapter(input.chapterId);
  if (!chapter) return notFound("Chapitre");
  const allowed = checkCanPropose(chapter);
  if (!allowed.ok) return allowed;
  if (input.baseVersion > chapter.version) return fail("INVALID", "Version du chapitre inconnue.", "baseVersion");
  if (input.proposedTitle === chapter.title && input.proposedBody === chapter.body) {
    return fail(
      "INVALID",
      "La proposition ne change rien au chapitre : modifiez le titre ou le texte.",
      "proposedBody",
    );
  }
  return ok(
    await repo.createProposal({
      chapterId: chapter.id,
      authorId: actor.id,
      baseVersion: input.baseVersion,
      proposedTitle: input.proposedTitle,
      proposedBody: input.proposedBody,
      comment: input.comment ?? "",
    }),
  );
}

/** Officers see every proposal; a partner sees only their own. */
export async function listProposals(
  ctx: Context,
  actor: SessionUser,
  filter: { status?: GuideProposal["status"] | undefined },
): Promise<Result<GuideProposal[]>> {
  if (can(actor, "guide.manage")) return ok(await guideRepository(ctx.db).proposals(filter));
  if (can(actor, "guide.propose"))
    return ok(await guideRepository(ctx.db).proposals({ ...filter, authorId: actor.id }));
  return forbidden();
}

export async function getProposal(
  ctx: Context,
  actor: SessionUser,
  id: string,
): Promise<Result<GuideProposal & { chapter: GuideChapter }>> {
  if (!can(actor, "guide.read")) return forbidden();
  const repo = guideRepository(ctx.db);
  const proposal = await repo.findProposal(id);
  // Another partner's proposal does not exist for this one.
  if (!proposal || (!can(actor, "guide.manage") && proposal.authorId !== actor.id)) return notFound("Proposition");
  const chapter = await repo.findChapter(proposal.chapterId);
  if (!chapter) return notFound("Chapitre");
  return ok({ ...proposal, chapter });
}

/** The chapter takes the proposed title and text (its version moves on), and the proposal is closed. */
export async function acceptProposal(
  ctx: Context,
  actor: SessionUser,
  input: { id: string; version: number; applyAnyway?: boolean | undefined; comment?: string | undefined },
): Promise<Result<{ proposal: GuideProposal; chapter: GuideChapter }>> {
  if (!can(actor, "guide.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = guideRepository(tx);
    const proposal = await repo.findProposal(input.id);
    if (!proposal) return notFound("Proposition");
    const chapter = await repo.findChapter(proposal.chapterId);
    if (!chapter) return notFound("Chapitre");
    const checked = checkAccept(proposal, chapter, input.applyAnyway ?? false);
    if (!checked.ok) return checked;
    const decided = fromWrite(
      await repo.decideProposal({
        id: proposal.id,
        version: input.version,
        status: "accepted",
        decidedById: actor.id,
        decidedAt: ctx.now(),
        decisionComment: input.comment ?? "",
      }),
      "Proposition",
    );
    if (!decided.ok) return decided;
    const applied = fromWrite(
      await repo.updateChapter({
        id: chapter.id,
        version: chapter.version,
        title: proposal.proposedTitle,
        body: proposal.proposedBody,
      }),
      "Chapitre",
    );
    if (!applied.ok) return applied;
    return ok({ proposal: decided.value, chapter: applied.value });
  });
}

export async function declineProposal(
  ctx: Context,
  actor: SessionUser,
  input: { id: string; version: number; comment: string },
): Promise<Result<GuideProposal>> {
  if (!can(actor, "guide.manage")) return forbidden();
  const repo = guideRepository(ctx.db);
  const proposal = await repo.findProposal(input.id);
  if (!proposal) return notFound("Proposition");
  const checked = checkDecline(proposal, input.comment);
  if (!checked.ok) return checked;
  return fromWrite(
    await repo.decideProposal({
      id: input.id,
      version: input.version,
      status: "declined",
      decidedById: actor.id,
      decidedAt: ctx.now(),
      decisionComment: input.comment,
    }),
    "Proposition",
  );
}

export async function withdrawProposal(
  ctx: Context,
  actor: SessionUser,
  input: { id: string; version: number },
): Promise<Result<GuideProposal>> {
  if (!can(actor, "guide.propose")) return forbidden();
  const repo = guideRepository(ctx.db);
  const proposal = await repo.findProposal(input.id);
  if (!proposal || proposal.authorId !== actor.id) return notFound("Proposition");
  const checked = checkWithdraw(proposal, actor.id);
  if (!checked.ok) return checked;
  return fromWrite(
    await repo.decideProposal({
      id: input.id,
      version: input.version,
      status: "withdrawn",
      decidedById: null,
      decidedAt: ctx.now(),
      decisionComment: "",
    }),
    "Proposition",
  );
}
