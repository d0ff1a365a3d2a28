import type { Prisma } from "../generated/prisma/client.js";
import { figuresRepository } from "./figures.repository.js";
import { isUniqueViolation, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

export type AnnualReportStatus = "draft" | "published";
export type ReportGenerationStatus = "queued" | "running" | "done" | "failed";

export interface ReportRecord {
  id: string;
  programmeId: string;
  programmeName: string;
  programmeSlug: string;
  year: number;
  title: string;
  status: AnnualReportStatus;
  publishedSnapshotId: string | null;
  publishedAt: string | null;
  version: number;
  updatedAt: string;
}

export interface ReportSectionRecord {
  id: string;
  key: string;
  title: string;
  body: string;
  position: number;
  version: number;
  updatedAt: string;
}

export interface ReportSnapshotSummary {
  id: string;
  reportId: string;
  number: number;
  createdAt: string;
  pdfFileId: string | null;
  docxFileId: string | null;
}

export interface ReportSnapshotRecord extends ReportSnapshotSummary {
  data: unknown;
}

export interface ReportGenerationRecord {
  id: string;
  reportId: string;
  status: ReportGenerationStatus;
  progress: number;
  step: string;
  error: string | null;
  snapshotId: string | null;
  createdAt: string;
  updatedAt: string;
}

const reportSelect = {
  id: true,
  programmeId: true,
  year: true,
  title: true,
  status: true,
  publishedSnapshotId: true,
  publishedAt: true,
  version: true,
  updatedAt: true,
  programme: { select: { name: true, slug: true } },
} satisfies Prisma.AnnualReportSelect;

const sectionSelect = {
  id: true,
  key: true,
  title: true,
  body: true,
  position: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.ReportSectionSelect;

const snapshotSummarySelect = {
  id: true,
  reportId: true,
  number: true,
  createdAt: true,
  pdfFileId: true,
  docxFileId: true,
} satisfies Prisma.ReportSnapshotSelect;

const generationSelect = {
  id: true,
  reportId: true,
  status: true,
  progress: true,
  step: true,
  error: true,
  snapshotId: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ReportGenerationSelect;

type ReportRow = Prisma.AnnualReportGetPayload<{ select: typeof reportSelect }>;

const toReport = ({ programme, ...row }: ReportRow): ReportRecord => ({
  ...row,
  programmeName: programme.name,
  programmeSlug: programme.slug,
  publishedAt: row.publishedAt?.toISOString() ?? null,
  updatedAt: row.updatedAt.toISOString(),
});
const toSection = (row: Prisma.ReportSectionGetPayload<{ select: typeof sectionSelect }>): ReportSectionRecord => ({
  ...row,
  updatedAt: row.updatedAt.toISOString(),
});
const toSnapshotSummary = (
  row: Prisma.ReportSnapshotGetPayload<{ select: typeof snapshotSummarySelect }>,
): ReportSnapshotSummary => ({ ...row, createdAt: row.createdAt.toISOString() });
const toGeneration = (
  row: Prisma.ReportGenerationGetPayload<{ select: typeof generationSelect }>,
): ReportGenerationRecord => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The year's raw figures for one programme, before the domain shapes them into a snapshot. */
export interface ReportSourceData {
  projects: {
    id: string;
    slug: string;
    title: string;
    status: string;
    themes: string[];
    communeName: string;
    milestonesReached: { title: string; completedOn: string }[];
    milestonesDue: number;
    committedCents: number;
    paidCents: number;
  }[];
  indicators: {
    id: string;
    code: string;
    name: string;
    unit: string;
    direction: "higher_is_better" | "lower_is_better";
    baseline: number | null;
    targets: { period: string; value: number }[];
    /** The programme's figure of each period from `fromYear` to the report's year. */
    values: { period: string; value: number | null }[];
  }[];
  events: {
    title: string;
    kind: string;
    startsAt: string;
    communeName: string | null;
    registrations: number;
    attended: number;
    craft: boolean;
  }[];
  publications: { title: string; slug: string; kind: string; publishedAt: string; tags: string[] }[];
  networks: { name: string; kind: string; members: number; meetings: number }[];
}

const CRAFT_THEMES = ["artisanat", "metiers_d_art", "economie_de_la_reparation", "seconde_main", "production_locale"];

/** Annual reports, their narrative sections, frozen snapshots and generations. Officers only. */
export function reportsRepository(db: Tx) {
  const find = async (id: string): Promise<ReportRecord | null> => {
    const row = await db.annualReport.findUnique({ select: reportSelect, where: { id } });
    return row ? toReport(row) : null;
  };
  const findSnapshot = async (id: string): Promise<ReportSnapshotRecord | null> => {
    const row = await db.reportSnapshot.findUnique({ select: { ...snapshotSummarySelect, data: true }, where: { id } });
    return row ? { ...toSnapshotSummary(row), data: row.data } : null;
  };
  return {
    find,
    findSnapshot,
    async list(): Promise<(ReportRecord & { snapshotCount: number })[]> {
      const rows = await db.annualReport.findMany({
        select: { ...reportSelect, _count: { select: { snapshots: true } } },
        orderBy: [{ year: "desc" }, { programme: { name: "asc" } }],
      });
      return rows.map(({ _count, ...row }) => ({ ...toReport(row), snapshotCount: _count.snapshots }));
    },

    /** A new report with its default sections; null when the programme already has one for the year. */
    async create(input: {
      programmeId: string;
      year: number;
      title: string;
      sections: readonly { key: string; title: string }[];
    }): Promise<ReportRecord | null> {
      try {
        const row = await db.annualReport.create({
          select: reportSelect,
          data: {
            programmeId: input.programmeId,
            year: input.year,
            title: input.title,
            sections: { create: input.sections.map((s, position) => ({ key: s.key, title: s.title, position })) },
          },
        });
        return toReport(row);
      } catch (error) {
        if (isUniqueViolation(error)) return null;
        throw error;
      }
    },

    async updateTitle(input: { id: string; title: string; version: number }): Promise<WriteOutcome<ReportRecord>> {
      return versionedWrite(
        () =>
          db.annualReport.updateMany({
            where: { id: input.id, version: input.version },
            data: { title: input.title, version: { increment: 1 } },
          }),
        () => find(input.id),
      );
    },

    async sections(reportId: string): Promise<ReportSectionRecord[]> {
      const rows = await db.reportSection.findMany({
        select: sectionSelect,
        where: { reportId },
        orderBy: [{ position: "asc" }, { key: "asc" }],
      });
      return rows.map(toSection);
    },

    async updateSection(input: {
      reportId: string;
      key: string;
      title: string;
      body: string;
      version: number;
      updatedById: string;
    }): Promise<WriteOutcome<ReportSectionRecord>> {
      return versionedWrite(
        () =>
          db.reportSection.updateMany({
            where: { reportId: input.reportId, key: input.key, version: input.version },
            data: { title: input.title, body: input.body, updatedById: input.updatedById, version: { increment: 1 } },
          }),
        async () => {
          const row = await db.reportSection.findUnique({
            select: sectionSelect,
            where: { reportId_key: { reportId: input.reportId, key: input.key } },
          });
          return row ? toSection(row) : null;
        },
      );
    },

    async snapshots(reportId: string): Promise<ReportSnapshotSummary[]> {
      const rows = await db.reportSnapshot.findMany({
        select: snapshotSummarySelect,
        where: { reportId },
        orderBy: { number: "desc" },
      });
      return rows.map(toSnapshotSummary);
    },

    async nextSnapshotNumber(reportId: string): Promise<number> {
      const last = await db.reportSnapshot.aggregate({ _max: { number: true }, where: { reportId } });
      return (last._max.number ?? 0) + 1;
    },

    /** A new snapshot of a report with its files; earlier ones stay as they were. */
    async createSnapshot(input: {
      reportId: string;
      number: number;
      data: unknown;
      createdById: string | null;
      pdfFileId: string | null;
      docxFileId: string | null;
    }): Promise<ReportSnapshotSummary> {
      const row = await db.reportSnapshot.create({
        select: snapshotSummarySelect,
        data: {
          reportId: input.reportId,
          number: input.number,
          data: input.data as Prisma.InputJsonValue,
          createdById: input.createdById,
          pdfFileId: input.pdfFileId,
          docxFileId: input.docxFileId,
        },
      });
      return toSnapshotSummary(row);
    },

    async publish(input: {
      id: string;
      version: number;
      snapshotId: string;
      publishedAt: Date;
    }): Promise<WriteOutcome<ReportRecord>> {
      return versionedWrite(
        () =>
          db.annualReport.updateMany({
            where: { id: input.id, version: input.version },
            data: {
              status: "published",
              publishedSnapshotId: input.snapshotId,
              publishedAt: input.publishedAt,
              version: { increment: 1 },
            },
          }),
        () => find(input.id),
      );
    },

    async createGeneration(reportId: string): Promise<ReportGenerationRecord> {
      return toGeneration(await db.reportGeneration.create({ select: generationSelect, data: { reportId } }));
    },

    async updateGeneration(
      id: string,
      data: Partial<Pick<ReportGenerationRecord, "status" | "progress" | "step" | "error" | "snapshotId">>,
    ): Promise<void> {
      await db.reportGeneration.update({ select: { id: true }, where: { id }, data });
    },

    async findGeneration(id: string): Promise<ReportGenerationRecord | null> {
      const row = await db.reportGeneration.findUnique({ select: generationSelect, where: { id } });
      return row ? toGeneration(row) : null;
    },

    async latestGeneration(reportId: string): Promise<ReportGenerationRecord | null> {
      const row = await db.reportGeneration.findFirst({
        select: generationSelect,
        where: { reportId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
      return row ? toGeneration(row) : null;
    },

    /** Published reports only, for the portal: the snapshot is the one chosen at publication. */
    async listPublished(programmeSlug?: string): Promise<(ReportRecord & { snapshotNumber: number })[]> {
      const rows = await db.annualReport.findMany({
        select: reportSelect,
        where: {
          status: "published",
          publishedSnapshotId: { not: null },
          programme: { status: { not: "draft" }, ...(programmeSlug ? { slug: programmeSlug } : {}) },
        },
        orderBy: [{ year: "desc" }, { programme: { name: "asc" } }],
      });
      const ids = rows.map((r) => r.publishedSnapshotId!);
      const numbers = new Map(
        (await db.reportSnapshot.findMany({ select: { id: true, number: true }, where: { id: { in: ids } } })).map(
          (s) => [s.id, s.number],
        ),
      );
      return rows.map((row) => ({ ...toReport(row), snapshotNumber: numbers.get(row.publishedSnapshotId!) ?? 0 }));
    },

    async findPublished(programmeSlug: string, year: number) {
      const row = await db.annualReport.findFirst({
        select: reportSelect,
        where: { year, status: "published", programme: { slug: programmeSlug, status: { not: "draft" } } },
      });
      if (!row?.publishedSnapshotId) return null;
      const snapshot = await findSnapshot(row.publishedSnapshotId);
      return snapshot ? { report: toReport(row), snapshot } : null;
    },

    /**
     * Everything a report of `year` says about a programme, read in six statements. Raw SQL for the
     * per-project aggregates (milestones, grants, payments) that would otherwise cost a query per
     * project; the indicator figures come from the figures repository, public values only, since
     * a report is meant to be published.
     */
    async gather(programmeId: string, year: number, now: Date, fromYear = year - 4): Promise<ReportSourceData> {
      const start = `${year}-01-01`;
      const end = `${year}-12-31`;
      const nextStart = `${year + 1}-01-01`;
      const craftThemes = CRAFT_THEMES;

      // Each per-project figure is grouped once over its table and joined: as correlated
      // subqueries they ran once per project (4 × 2,000 on the benchmark), 0.7 s of the gathering.
      const projects = await db.$queryRaw<
        {
          id: string;
          slug: string;
          title: string;
          status: string;
          themes: string[];
          commune_name: string;
          milestones: { title: string; completedOn: string }[];
          milestones_due: bigint;
          committed: bigint;
          paid: bigint;
        }[]
      >`
        WITH scope AS (
          SELECT p.id FROM "Project" p
          WHERE p."programmeId" = ${programmeId}::uuid
            AND COALESCE(p."startsOn", p."createdAt"::date) <= ${end}::date
            AND (p."endsOn" IS NULL OR p."endsOn" >= ${start}::date)
        ),
        reached AS (
          SELECT m."projectId" AS project_id,
                 json_agg(json_build_object('title', m.title,
                   'completedOn', to_char(COALESCE(m."completedOn", m."dueOn"), 'YYYY-MM-DD'))
                   ORDER BY COALESCE(m."completedOn", m."dueOn"), m.title) AS milestones
          FROM "PlanItem" m JOIN scope ON scope.id = m."projectId"
          WHERE m.kind = 'milestone' AND m.status = 'done'
            AND COALESCE(m."completedOn", m."dueOn") BETWEEN ${start}::date AND ${end}::date
          GROUP BY m."projectId"
        ),
        due AS (
          SELECT m."projectId" AS project_id, count(*) AS milestones_due
          FROM "PlanItem" m JOIN scope ON scope.id = m."projectId"
          WHERE m.kind = 'milestone' AND m.status <> 'cancelled'
            AND m."dueOn" BETWEEN ${start}::date AND ${end}::date
          GROUP BY m."projectId"
        ),
        committed AS (
          SELECT g."projectId" AS project_id, sum(g."amountCents")::bigint AS committed
          FROM "Grant" g JOIN scope ON scope.id = g."projectId"
          WHERE g."conventionOn" <= ${end}::date
          GROUP BY g."projectId"
        ),
        paid AS (
          SELECT g."projectId" AS project_id, sum(gp."amountCents")::bigint AS paid
          FROM "GrantPayment" gp JOIN "Grant" g ON g.id = gp."grantId" JOIN scope ON scope.id = g."projectId"
          WHERE gp."paidOn" <= ${end}::date
          GROUP BY g."projectId"
        )
        SELECT p.id::text AS id, p.slug, p.title, p.status::text AS status, p.themes::text[] AS themes,
               c.name AS commune_name,
               COALESCE(reached.milestones, '[]'::json) AS milestones,
               COALESCE(due.milestones_due, 0) AS milestones_due,
               COALESCE(committed.committed, 0)::bigint AS committed,
               COALESCE(paid.paid, 0)::bigint AS paid
        FROM scope
        JOIN "Project" p ON p.id = scope.id
        JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
        LEFT JOIN reached ON reached.project_id = p.id
        LEFT JOIN due ON due.project_id = p.id
        LEFT JOIN committed ON committed.project_id = p.id
        LEFT JOIN paid ON paid.project_id = p.id
        ORDER BY c.name, p.title
      `;

      const indicators = await db.$queryRaw<
        {
          id: string;
          code: string;
          name: string;
          unit: string;
          direction: "higher_is_better" | "lower_is_better";
          baseline: number | null;
          targets: { period: string; value: number }[];
        }[]
      >`
        SELECT d.id::text AS id, d.code, d.name, d.unit, d.direction::text AS direction,
               a."baselineValue" AS baseline,
               COALESCE((SELECT json_agg(json_build_object('period', t.period, 'value', t.value) ORDER BY t.period)
                         FROM "IndicatorTarget" t WHERE t."assignmentId" = a.id), '[]'::json) AS targets
        FROM "IndicatorAssignment" a
        JOIN "IndicatorDefinition" d ON d.id = a."indicatorId"
        WHERE a."programmeId" = ${programmeId}::uuid AND a."projectId" IS NULL AND d."publicByDefault"
        ORDER BY d.code
      `;
      const totals = indicators.length
        ? await figuresRepository(db).programmeTotals(
            { programmeId, fromPeriod: String(fromYear), toPeriod: String(year + 1), publicOnly: true },
            indicators.map((i) => i.id),
          )
        : [];

      const events = await db.$queryRaw<
        {
          title: string;
          kind: string;
          starts_at: Date;
          commune_name: string | null;
          registrations: bigint;
          attended: bigint;
          craft: boolean;
        }[]
      >`
        SELECT e.title, e.kind::text AS kind, e."startsAt" AS starts_at, c.name AS commune_name,
               (SELECT count(*) FROM "EventRegistration" r WHERE r."eventId" = e.id AND r.status = 'confirmed') AS registrations,
               (SELECT count(*) FROM "EventRegistration" r WHERE r."eventId" = e.id AND r.attended IS TRUE) AS attended,
               EXISTS (SELECT 1 FROM "EventProject" ep JOIN "Project" p ON p.id = ep."projectId"
                       WHERE ep."eventId" = e.id AND p.themes::text[] && ${craftThemes}::text[]) AS craft
        FROM "Event" e
        LEFT JOIN "Commune" c ON c."inseeCode" = e."communeInseeCode"
        WHERE e.status = 'published'
          AND e."startsAt" >= ${start}::date AND e."startsAt" < ${nextStart}::date AND e."startsAt" <= ${now}
          AND (e."programmeId" = ${programmeId}::uuid OR EXISTS (
                SELECT 1 FROM "EventProject" ep JOIN "Project" p ON p.id = ep."projectId"
                WHERE ep."eventId" = e.id AND p."programmeId" = ${programmeId}::uuid))
        ORDER BY e."startsAt", e.title
      `;

      // A publication attached to nothing speaks for the whole site, hence for the programme.
      const publications = await db.$queryRaw<
        { title: string; slug: string; kind: string; publish_at: Date; tags: string[] }[]
      >`
        SELECT p.title, p.slug, p.kind::text AS kind, p."publishAt" AS publish_at, p.tags
        FROM "Publication" p
        WHERE p.status IN ('published', 'archived')
          AND p."publishAt" >= ${start}::date AND p."publishAt" < ${nextStart}::date AND p."publishAt" <= ${now}
          AND (
            EXISTS (SELECT 1 FROM "PublicationProject" pp JOIN "Project" pr ON pr.id = pp."projectId"
                    WHERE pp."publicationId" = p.id AND pr."programmeId" = ${programmeId}::uuid)
            OR EXISTS (SELECT 1 FROM "PublicationCommune" pc
                    WHERE pc."publicationId" = p.id
                      AND pc."communeInseeCode" IN (SELECT "communeInseeCode" FROM "Project" WHERE "programmeId" = ${programmeId}::uuid))
            OR (NOT EXISTS (SELECT 1 FROM "PublicationProject" pp WHERE pp."publicationId" = p.id)
                AND NOT EXISTS (SELECT 1 FROM "PublicationCommune" pc WHERE pc."publicationId" = p.id))
          )
        ORDER BY p."publishAt", p.title
      `;

      const networks = await db.$queryRaw<{ name: string; kind: string; members: bigint; meetings: bigint }[]>`
        SELECT n.name, n.kind::text AS kind,
               (SELECT count(*) FROM "NetworkMember" m WHERE m."networkId" = n.id AND m."joinedOn" <= ${end}::date) AS members,
               (SELECT count(*) FROM "NetworkMeeting" mt WHERE mt."networkId" = n.id
                  AND mt."startsAt" >= ${start}::date AND mt."startsAt" < ${nextStart}::date AND mt."startsAt" <= ${now}) AS meetings
        FROM "Network" n
        ORDER BY n.name
      `;

      const valuesByIndicator = new Map<string, { period: string; value: number | null }[]>();
      for (const row of totals) {
        const list = valuesByIndicator.get(row.indicatorId) ?? [];
        list.push({ period: row.period, value: row.value });
        valuesByIndicator.set(row.indicatorId, list);
      }

      return {
        projects: projects.map((p) => ({
          id: p.id,
          slug: p.slug,
          title: p.title,
          status: p.status,
          themes: p.themes,
          communeName: p.commune_name,
          milestonesReached: p.milestones,
          milestonesDue: Number(p.milestones_due),
          committedCents: Number(p.committed),
          paidCents: Number(p.paid),
        })),
        indicators: indicators.map((i) => ({
          ...i,
          baseline: i.baseline === null ? null : Number(i.baseline),
          targets: i.targets.map((t) => ({ period: t.period, value: Number(t.value) })),
          values: valuesByIndicator.get(i.id) ?? [],
        })),
        events: events.map((e) => ({
          title: e.title,
          kind: e.kind,
          startsAt: e.starts_at.toISOString(),
          communeName: e.commune_name,
          registrations: Number(e.registrations),
          attended: Number(e.attended),
          craft: e.craft,
        })),
        publications: publications.map((p) => ({
          title: p.title,
          slug: p.slug,
          kind: p.kind,
          publishedAt: p.publish_at.toISOString(),
          tags: p.tags,
        })),
        networks: networks.map((n) => ({
          name: n.name,
          kind: n.kind,
          members: Number(n.members),
          meetings: Number(n.meetings),
        })),
      };
    },
  };
}
