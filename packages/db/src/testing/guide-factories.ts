import { randomBytes } from "node:crypto";
import type { GuideChapterStatus } from "@cvv/domain/guide";
import type { PrismaClient } from "../connection/database.js";
import { guideRepository } from "../repositories/guide.repository.js";

const unique = () => randomBytes(4).toString("hex");

/** Chapters of the guide and partners' proposals, through their repository. */
export function guideFactories(prisma: PrismaClient) {
  return {
    /** A published chapter unless told otherwise. */
    async chapter(input: { title?: string; body?: string; status?: GuideChapterStatus } = {}) {
      const u = unique();
      const status = input.status ?? "published";
      return guideRepository(prisma).createChapter({
        slug: `chapitre-${u}`,
        title: input.title ?? `Chapitre ${u}`,
        body: input.body ?? "Un texte de chapitre.",
        status,
        publishedAt: status === "published" ? new Date("2026-01-15T09:00:00Z") : null,
      });
    },

    /** A pending proposal on the chapter's current version, by a partner created for it unless given. */
    async proposal(chapter: { id: string; version: number }, input: { authorId?: string; proposedBody?: string } = {}) {
      const authorId =
        input.authorId ??
        (
          await prisma.user.create({
            select: { id: true },
            data: { email: `partner-${unique()}@test.example`, displayName: "Partenaire de test", role: "partner" },
          })
        ).id;
      return guideRepository(prisma).createProposal({
        chapterId: chapter.id,
        authorId,
        baseVersion: chapter.version,
        proposedTitle: "Titre proposé",
        proposedBody: input.proposedBody ?? `Texte proposé ${unique()}.`,
        comment: "",
      });
    },
  };
}
