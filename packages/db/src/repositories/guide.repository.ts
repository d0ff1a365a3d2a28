import type { GuideChapter, GuideChapterStatus, GuideProposal, GuideProposalStatus } from "@cvv/domain/guide";
import type { Prisma } from "../generated/prisma/client.js";
import { versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const chapterSelect = {
  id: true,
  slug: true,
  position: true,
  title: true,
  summary: true,
  body: true,
  status: true,
  publishedAt: true,
  version: true,
} satisfies Prisma.GuideChapterSelect;

const proposalSelect = {
  id: true,
  chapterId: true,
  chapter: { select: { title: true } },
  authorId: true,
  author: { select: { displayName: true, organisation: { select: { name: true } } } },
  baseVersion: true,
  proposedTitle: true,
  proposedBody: true,
  comment: true,
  status: true,
  decidedAt: true,
  decisionComment: true,
  createdAt: true,
  version: true,
} satisfies Prisma.GuideProposalSelect;

type ChapterRow = Prisma.GuideChapterGetPayload<{ select: typeof chapterSelect }>;
type ProposalRow = Prisma.GuideProposalGetPayload<{ select: typeof proposalSelect }>;

function toChapter(row: ChapterRow): GuideChapter {
  return { ...row, publishedAt: row.publishedAt?.toISOString() ?? null };
}

function toProposal({ chapter, author, ...row }: ProposalRow): GuideProposal {
  return {
    ...row,
    chapterTitle: chapter.title,
    authorName: author?.displayName ?? null,
    organisationName: author?.organisation?.name ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export interface GuideChapterSummary extends GuideChapter {
  pendingProposals: number;
}

export function guideRepository(db: Tx) {
  const findChapter = async (id: string): Promise<GuideChapter | null> => {
    const row = await db.guideChapter.findUnique({ select: chapterSelect, where: { id } });
    return row ? toChapter(row) : null;
  };
  const findProposal = async (id: string): Promise<GuideProposal | null> => {
    const row = await db.guideProposal.findUnique({ select: proposalSelect, where: { id } });
    return row ? toProposal(row) : null;
  };

  return {
    findChapter,
    findProposal,

    /** In reading order, with the proposals waiting for a decision. */
    async chapters(): Promise<GuideChapterSummary[]> {
      const rows = await db.guideChapter.findMany({
        select: { ...chapterSelect, _count: { select: { proposals: { where: { status: "pending" } } } } },
        orderBy: [{ position: "asc" }, { title: "asc" }],
      });
      return rows.map(({ _count, ...row }) => ({ ...toChapter(row), pendingProposals: _count.proposals }));
    },

    async slugTaken(slug: string, exceptId?: string): Promise<boolean> {
      return (await db.guideChapter.count({ where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0;
    },

    async createChapter(input: {
      slug: string;
      title: string;
      summary?: string | undefined;
      body?: string | undefined;
      status?: GuideChapterStatus | undefined;
      publishedAt?: Date | null | undefined;
      isDemo?: boolean | undefined;
    }): Promise<GuideChapter> {
      const last = await db.guideChapter.aggregate({ _max: { position: true } });
      const row = await db.guideChapter.create({
        select: chapterSelect,
        data: {
          slug: input.slug,
          title: input.title,
          summary: input.summary ?? "",
          body: input.body ?? "",
          position: (last._max.position ?? 0) + 1,
          isDemo: input.isDemo ?? false,
          ...(input.status ? { status: input.status } : {}),
          ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
        },
      });
      return toChapter(row);
    },

    async updateChapter(input: {
      id: string;
      version: number;
      slug?: string | undefined;
      title?: string | undefined;
      summary?: string | undefined;
      body?: string | undefined;
      status?: GuideChapterStatus | undefined;
      publishedAt?: Date | null | undefined;
    }): Promise<WriteOutcome<GuideChapter>> {
      const { id, version, ...fields } = input;
      const data = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      return versionedWrite(
        () => db.guideChapter.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),
        () => findChapter(id),
      );
    },

    /** Positions follow the order given; chapters left out keep theirs after. */
    async reorder(ids: readonly string[]): Promise<void> {
      for (const [index, id] of ids.entries()) {
        await db.guideChapter.updateMany({ where: { id }, data: { position: index + 1 } });
      }
    },

    /** Published chapters in reading order, for the portal. */
    async publishedChapters(): Promise<GuideChapter[]> {
      const rows = await db.guideChapter.findMany({
        select: chapterSelect,
        where: { status: "published" },
        orderBy: [{ position: "asc" }, { title: "asc" }],
      });
      return rows.map(toChapter);
    },

    async createProposal(input: {
      chapterId: string;
      authorId: string;
      baseVersion: number;
      proposedTitle: string;
      proposedBody: string;
      comment: string;
    }): Promise<GuideProposal> {
      const row = await db.guideProposal.create({ select: proposalSelect, data: input });
      return toProposal(row);
    },

    async proposals(filter: {
      authorId?: string | undefined;
      status?: GuideProposalStatus | undefined;
      chapterId?: string | undefined;
    }): Promise<GuideProposal[]> {
      const rows = await db.guideProposal.findMany({
        select: proposalSelect,
        where: {
          ...(filter.authorId ? { authorId: filter.authorId } : {}),
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.chapterId ? { chapterId: filter.chapterId } : {}),
        },
        orderBy: [{ createdAt: "desc" }],
        take: 500,
      });
      return rows.map(toProposal);
    },

    async decideProposal(input: {
      id: string;
      version: number;
      status: Exclude<GuideProposalStatus, "pending">;
      decidedById: string | null;
      decidedAt: Date | null;
      decisionComment: string;
    }): Promise<WriteOutcome<GuideProposal>> {
      return versionedWrite(
        () =>
          db.guideProposal.updateMany({
            where: { id: input.id, version: input.version, status: "pending" },
            data: {
              status: input.status,
              decidedById: input.decidedById,
              decidedAt: input.decidedAt,
              decisionComment: input.decisionComment,
              version: { increment: 1 },
            },
          }),
        () => findProposal(input.id),
      );
    },
  };
}
