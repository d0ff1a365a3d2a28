import { z } from "zod";
import { idSchema, nonEmptyText, slugSchema, versionSchema } from "../shared/common.schema.js";

// Same values, same order as the Prisma enums GuideChapterStatus and ProposalStatus.
export const guideChapterStatuses = ["draft", "published"] as const;
export const guideChapterStatusSchema = z.enum(guideChapterStatuses, {
  error: "Statut inconnu : brouillon ou publié.",
});
export type GuideChapterStatus = z.infer<typeof guideChapterStatusSchema>;

export const guideProposalStatuses = ["pending", "accepted", "declined", "withdrawn"] as const;
export type GuideProposalStatus = (typeof guideProposalStatuses)[number];

const title = nonEmptyText(200);
const summary = z.string().trim().max(500, { error: "Le résumé ne doit pas dépasser 500 caractères." });
const body = z.string().trim().max(100000, { error: "Le texte ne doit pas dépasser 100 000 caractères." });

export interface GuideChapter {
  id: string;
  slug: string;
  position: number;
  title: string;
  summary: string;
  /** Markdown, sanitised when rendered. */
  body: string;
  status: GuideChapterStatus;
  publishedAt: string | null;
  version: number;
}

export interface GuideProposal {
  id: string;
  chapterId: string;
  chapterTitle: string;
  authorId: string | null;
  authorName: string | null;
  organisationName: string | null;
  baseVersion: number;
  proposedTitle: string;
  proposedBody: string;
  comment: string;
  status: GuideProposalStatus;
  decidedAt: string | null;
  decisionComment: string;
  createdAt: string;
  version: number;
}

export const createGuideChapterInput = z.object({
  title,
  slug: slugSchema.optional(),
  summary: summary.optional(),
  body: body.optional(),
});
export type CreateGuideChapterInput = z.infer<typeof createGuideChapterInput>;

/** Only the fields sent change; no defaults. */
export const updateGuideChapterInput = z.object({
  id: idSchema,
  version: versionSchema,
  title: title.optional(),
  slug: slugSchema.optional(),
  summary: summary.optional(),
  body: body.optional(),
});
export type UpdateGuideChapterInput = z.infer<typeof updateGuideChapterInput>;

export const reorderGuideChaptersInput = z.object({
  ids: z.array(idSchema).min(1, { error: "Indiquez l'ordre des chapitres." }).max(200),
});

export const publishGuideChapterInput = z.object({
  id: idSchema,
  version: versionSchema,
  status: guideChapterStatusSchema,
});

export const createGuideProposalInput = z.object({
  chapterId: idSchema,
  /** The chapter's version the partner read: an officer is warned when the chapter changed since. */
  baseVersion: versionSchema,
  proposedTitle: title,
  proposedBody: body,
  comment: z.string().trim().max(2000, { error: "Le commentaire ne doit pas dépasser 2 000 caractères." }).optional(),
});
export type CreateGuideProposalInput = z.infer<typeof createGuideProposalInput>;

export const acceptGuideProposalInput = z.object({
  id: idSchema,
  version: versionSchema,
  /** « Appliquer quand même »: the officer saw that the chapter changed since the proposal was written. */
  applyAnyway: z.boolean().optional(),
  comment: z.string().trim().max(2000, { error: "Le commentaire ne doit pas dépasser 2 000 caractères." }).optional(),
});

export const declineGuideProposalInput = z.object({
  id: idSchema,
  version: versionSchema,
  comment: z.string().trim().max(2000, { error: "Le commentaire ne doit pas dépasser 2 000 caractères." }),
});

export const withdrawGuideProposalInput = z.object({ id: idSchema, version: versionSchema });
