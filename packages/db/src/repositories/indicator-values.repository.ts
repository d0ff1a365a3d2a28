import type { ValueStatus } from "@cvv/domain/indicators";
import type { FieldChanges } from "@cvv/domain/shared";
import { Prisma } from "../generated/prisma/client.js";
import { communeWhere, type CommuneScope } from "./projects.repository.js";
import { versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

export interface BreakdownPart {
  label: string;
  value: number;
}

const valueSelect = {
  id: true,
  indicatorId: true,
  communeInseeCode: true,
  projectId: true,
  campaignId: true,
  period: true,
  value: true,
  breakdown: true,
  source: true,
  comment: true,
  confidential: true,
  attachmentId: true,
  status: true,
  reviewComment: true,
  submittedAt: true,
  reviewedAt: true,
  publishedValue: true,
  publishedAt: true,
  correctedAt: true,
  updatedAt: true,
  version: true,
  indicator: { select: { code: true, name: true, unit: true, frequency: true, aggregation: true } },
  commune: { select: { name: true } },
  attachment: { select: { fileName: true, sizeBytes: true } },
} as const;

type ValueRow = Prisma.IndicatorValueGetPayload<{ select: typeof valueSelect }>;

export interface ValueRecord {
  id: string;
  indicatorId: string;
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  frequency: ValueRow["indicator"]["frequency"];
  aggregation: ValueRow["indicator"]["aggregation"];
  communeInseeCode: string;
  communeName: string;
  projectId: string | null;
  campaignId: string | null;
  period: string;
  value: number;
  breakdown: BreakdownPart[] | null;
  source: string;
  comment: string;
  confidential: boolean;
  attachment: { id: string; fileName: string; sizeBytes: number } | null;
  status: ValueStatus;
  reviewComment: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  publishedValue: number | null;
  publishedAt: string | null;
  correctedAt: string | null;
  updatedAt: string;
  version: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toValue({ indicator, commune, attachment, attachmentId, ...row }: ValueRow): ValueRecord {
  return {
    ...row,
    indicatorCode: indicator.code,
    indicatorName: indicator.name,
    unit: indicator.unit,
    frequency: indicator.frequency,
    aggregation: indicator.aggregation,
    communeName: commune.name,
    breakdown: (row.breakdown as BreakdownPart[] | null) ?? null,
    attachment: attachment && attachmentId ? { id: attachmentId, ...attachment } : null,
    submittedAt: iso(row.submittedAt),
    reviewedAt: iso(row.reviewedAt),
    publishedAt: iso(row.publishedAt),
    correctedAt: iso(row.correctedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface ValueContent {
  value: number;
  breakdown: BreakdownPart[] | null;
  source: string;
  comment: string;
  confidential: boolean;
  attachmentId: string | null;
  projectId: string | null;
}

export interface ImportRow {
  indicatorId: string;
  communeInseeCode: string;
  period: string;
  value: number;
  source: string;
  comment: string;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
}

const toJson = (value: BreakdownPart[] | null) =>
  value === null ? Prisma.DbNull : (value as unknown as Prisma.InputJsonValue);

export function indicatorValuesRepository(db: Tx) {
  const read = async (scope: CommuneScope, id: string) => {
    const row = await db.indicatorValue.findFirst({ select: valueSelect, where: { id, ...communeWhere(scope) } });
    return row ? toValue(row) : null;
  };

  return {
    find: read,

    async findByKey(scope: CommuneScope, key: { indicatorId: string; communeInseeCode: string; period: string }) {
      const row = await db.indicatorValue.findFirst({ select: valueSelect, where: { ...key, ...communeWhere(scope) } });
      return row ? toValue(row) : null;
    },

    /** The values of some communes for some indicators and periods: a campaign's sheet. */
    async listCells(
      scope: CommuneScope,
      filter: { indicatorIds: readonly string[]; communeCodes: readonly string[]; periods: readonly string[] },
    ): Promise<ValueRecord[]> {
      const rows = await db.indicatorValue.findMany({
        select: valueSelect,
        where: {
          AND: [
            communeWhere(scope),
            {
              indicatorId: { in: [...filter.indicatorIds] },
              communeInseeCode: { in: [...filter.communeCodes] },
              period: { in: [...filter.periods] },
            },
          ],
        },
        orderBy: [{ communeInseeCode: "asc" }, { indicatorId: "asc" }, { period: "asc" }],
      });
      return rows.map(toValue);
    },

    /** Counts by commune and status over a campaign's cells, for completeness at a glance. */
    async countCells(filter: {
      indicatorIds: readonly string[];
      communeCodes: readonly string[];
      periods: readonly string[];
    }): Promise<{ communeInseeCode: string; status: ValueStatus; count: number }[]> {
      const rows = await db.indicatorValue.groupBy({
        by: ["communeInseeCode", "status"],
        where: {
          indicatorId: { in: [...filter.indicatorIds] },
          communeInseeCode: { in: [...filter.communeCodes] },
          period: { in: [...filter.periods] },
        },
        _count: { _all: true },
      });
      return rows.map((r) => ({ communeInseeCode: r.communeInseeCode, status: r.status, count: r._count._all }));
    },

    async listByStatus(scope: CommuneScope, statuses: ValueStatus[], campaignId?: string): Promise<ValueRecord[]> {
      const rows = await db.indicatorValue.findMany({
        select: valueSelect,
        where: { AND: [communeWhere(scope), { status: { in: statuses } }, campaignId ? { campaignId } : {}] },
        orderBy: [{ submittedAt: "asc" }, { communeInseeCode: "asc" }],
        take: 1000,
      });
      return rows.map(toValue);
    },

    async create(
      input: ValueContent & {
        indicatorId: string;
        communeInseeCode: string;
        period: string;
        campaignId: string | null;
        status: "draft" | "submitted";
        authorId: string | null;
        now: Date;
      },
    ): Promise<ValueRecord> {
      const { breakdown, now, ...data } = input;
      const row = await db.indicatorValue.create({
        select: valueSelect,
        data: { ...data, breakdown: toJson(breakdown), submittedAt: input.status === "submitted" ? now : null },
      });
      return toValue(row);
    },

    async edit(
      scope: CommuneScope,
      input: Partial<ValueContent> & {
        id: string;
        version: number;
        status: ValueStatus;
        authorId: string | null;
        campaignId?: string | null;
        now: Date;
      },
    ): Promise<WriteOutcome<ValueRecord>> {
      const { id, version, breakdown, now, ...data } = input;
      return write(scope, id, version, {
        ...data,
        ...(breakdown !== undefined ? { breakdown: toJson(breakdown) } : {}),
        ...(input.status === "submitted" ? { submittedAt: now } : {}),
      });
    },

    async review(
      scope: CommuneScope,
      input: {
        id: string;
        version: number;
        decision: "approved" | "returned";
        comment: string | null;
        now: Date;
        /** Present on approval: what the portal shows from now on. */
        publication?: {
          value: number;
          breakdown: BreakdownPart[] | null;
          publishedAt: Date;
          correctedAt: Date | null;
        };
      },
    ): Promise<WriteOutcome<ValueRecord>> {
      const p = input.publication;
      return write(scope, input.id, input.version, {
        status: input.decision,
        reviewComment: input.comment,
        reviewedAt: input.now,
        ...(p
          ? {
              publishedValue: p.value,
              publishedBreakdown: toJson(p.breakdown),
              publishedAt: p.publishedAt,
              correctedAt: p.correctedAt,
            }
          : {}),
      });
    },

    /** Sends drafts and returned values for review; returns those that moved, with their former status. */
    async submitMany(
      scope: CommuneScope,
      filter: { indicatorIds: readonly string[]; communeInseeCode: string; periods: readonly string[] },
      now: Date,
    ): Promise<{ id: string; status: ValueStatus }[]> {
      const where: Prisma.IndicatorValueWhereInput = {
        AND: [
          communeWhere(scope),
          {
            communeInseeCode: filter.communeInseeCode,
            indicatorId: { in: [...filter.indicatorIds] },
            period: { in: [...filter.periods] },
            status: { in: ["draft", "returned"] },
          },
        ],
      };
      const moved = await db.indicatorValue.findMany({ select: { id: true, status: true }, where });
      if (moved.length === 0) return [];
      await db.indicatorValue.updateMany({
        where: { id: { in: moved.map((m) => m.id) }, status: { in: ["draft", "returned"] } },
        data: { status: "submitted", submittedAt: now, version: { increment: 1 } },
      });
      return moved;
    },

    async recordChanges(
      entries: {
        valueId: string;
        actorId: string | null;
        action: string;
        changes: FieldChanges;
        comment?: string | null;
      }[],
      now: Date,
    ): Promise<void> {
      if (entries.length === 0) return;
      await db.indicatorValueChange.createMany({
        data: entries.map((e) => ({
          valueId: e.valueId,
          actorId: e.actorId,
          action: e.action,
          changes: e.changes as Prisma.InputJsonValue,
          comment: e.comment ?? null,
          createdAt: now,
        })),
      });
    },

    async history(scope: CommuneScope, valueId: string) {
      const rows = await db.indicatorValueChange.findMany({
        select: {
          id: true,
          action: true,
          changes: true,
          comment: true,
          createdAt: true,
          actor: { select: { displayName: true } },
        },
        where: { valueId, value: communeWhere(scope) },
        orderBy: { createdAt: "asc" },
      });
      return rows.map((r) => ({
        id: r.id,
        action: r.action,
        changes: r.changes as FieldChanges,
        comment: r.comment,
        createdAt: r.createdAt.toISOString(),
        actorName: r.actor?.displayName ?? null,
      }));
    },

    /**
     * Rows of an import, keyed by (indicator, commune, period), written in one statement per
     * batch: new values are created, changed ones updated and sent back through review (as
     * `status`), identical ones left alone, so importing a file twice changes nothing. Values
     * under review are never overwritten (the check refuses them first). Every change is logged.
     */
    async upsertImported(
      rows: readonly ImportRow[],
      options: { campaignId: string | null; actorId: string | null; status: "draft" | "submitted"; now: Date },
    ): Promise<ImportOutcome> {
      if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
      const result = await db.$queryRaw<{ created: bigint; updated: bigint }[]>`
        WITH input AS (
          SELECT * FROM unnest(
            ${rows.map((r) => r.indicatorId)}::uuid[],
            ${rows.map((r) => r.communeInseeCode)}::varchar[],
            ${rows.map((r) => r.period)}::varchar[],
            ${rows.map((r) => r.value)}::float8[],
            ${rows.map((r) => r.source)}::text[],
            ${rows.map((r) => r.comment)}::text[]
          ) AS t(indicator_id, commune, period, value, source, comment)
        ),
        previous AS (
          SELECT v.id, v.value, v.source, v.comment, v.status
          FROM "IndicatorValue" v
          JOIN input i ON v."indicatorId" = i.indicator_id AND v."communeInseeCode" = i.commune AND v.period = i.period
        ),
        written AS (
          INSERT INTO "IndicatorValue" AS v (
            id, "indicatorId", "communeInseeCode", period, value, source, comment, confidential, status,
            "campaignId", "authorId", "submittedAt", "createdAt", "updatedAt"
          )
          SELECT gen_random_uuid(), i.indicator_id, i.commune, i.period, i.value, i.source, i.comment,
                 NOT d."publicByDefault", ${options.status}::"ValueStatus", ${options.campaignId}::uuid,
                 ${options.actorId}::uuid, ${options.status === "submitted" ? options.now : null}::timestamptz,
                 ${options.now}::timestamptz, ${options.now}::timestamptz
          FROM input i JOIN "IndicatorDefinition" d ON d.id = i.indicator_id
          ON CONFLICT ("indicatorId", "communeInseeCode", period) DO UPDATE SET
            value = EXCLUDED.value,
            source = EXCLUDED.source,
            comment = EXCLUDED.comment,
            status = EXCLUDED.status,
            "campaignId" = COALESCE(EXCLUDED."campaignId", v."campaignId"),
            "authorId" = EXCLUDED."authorId",
            "submittedAt" = EXCLUDED."submittedAt",
            "updatedAt" = EXCLUDED."updatedAt",
            version = v.version + 1
          WHERE v.status <> 'submitted'
            AND (v.value IS DISTINCT FROM EXCLUDED.value OR v.source IS DISTINCT FROM EXCLUDED.source
              OR v.comment IS DISTINCT FROM EXCLUDED.comment OR v.status = 'returned'
              OR (v.status = 'draft' AND EXCLUDED.status = 'submitted'))
          RETURNING v.id, v.value, v.source, v.comment, v.status
        ),
        logged AS (
          INSERT INTO "IndicatorValueChange" (id, "valueId", "actorId", action, changes, "createdAt")
          SELECT gen_random_uuid(), w.id, ${options.actorId}::uuid, 'imported',
                 jsonb_strip_nulls(jsonb_build_object(
                   'value', CASE WHEN p.id IS NULL OR p.value IS DISTINCT FROM w.value
                                 THEN jsonb_build_array(p.value, w.value) END,
                   'source', CASE WHEN p.id IS NOT NULL AND p.source IS DISTINCT FROM w.source
                                  THEN jsonb_build_array(p.source, w.source) END,
                   'comment', CASE WHEN p.id IS NOT NULL AND p.comment IS DISTINCT FROM w.comment
                                   THEN jsonb_build_array(p.comment, w.comment) END,
                   'status', CASE WHEN p.id IS NULL OR p.status IS DISTINCT FROM w.status
                                  THEN jsonb_build_array(p.status, w.status) END
                 )),
                 ${options.now}::timestamptz
          FROM written w LEFT JOIN previous p ON p.id = w.id
          RETURNING (changes ? 'status' AND changes->'status'->>0 IS NULL) AS created
        )
        SELECT count(*) FILTER (WHERE created) AS created, count(*) FILTER (WHERE NOT created) AS updated FROM logged
      `;
      const created = Number(result[0]?.created ?? 0);
      const updated = Number(result[0]?.updated ?? 0);
      return { created, updated, unchanged: rows.length - created - updated };
    },

    /**
     * What the public may see of a commune's figures: the last approved value of public
     * indicators, never a confidential one, with the dates of publication and correction.
     */
    async listPublished(communeInseeCode: string) {
      const rows = await db.indicatorValue.findMany({
        select: {
          indicatorId: true,
          period: true,
          publishedValue: true,
          publishedAt: true,
          correctedAt: true,
          indicator: { select: { code: true } },
        },
        where: {
          communeInseeCode,
          publishedValue: { not: null },
          publishedAt: { not: null },
          confidential: false,
          indicator: { publicByDefault: true },
        },
        orderBy: [{ indicatorId: "asc" }, { period: "asc" }],
      });
      return rows.map((r) => ({
        indicatorId: r.indicatorId,
        indicatorCode: r.indicator.code,
        period: r.period,
        value: r.publishedValue!,
        publishedAt: r.publishedAt!.toISOString(),
        correctedAt: r.correctedAt ? r.correctedAt.toISOString() : null,
      }));
    },

    /** Existing values for the keys of an import, to report what it would change before it does. */
    async existingForKeys(keys: readonly { indicatorId: string; communeInseeCode: string; period: string }[]): Promise<
      {
        indicatorId: string;
        communeInseeCode: string;
        period: string;
        value: number;
        status: ValueStatus;
        source: string;
        comment: string;
      }[]
    > {
      if (keys.length === 0) return [];
      return db.$queryRaw`
        SELECT v."indicatorId", v."communeInseeCode", v.period, v.value, v.status::text AS status, v.source, v.comment
        FROM "IndicatorValue" v
        JOIN unnest(
          ${keys.map((k) => k.indicatorId)}::uuid[],
          ${keys.map((k) => k.communeInseeCode)}::varchar[],
          ${keys.map((k) => k.period)}::varchar[]
        ) AS k(indicator_id, commune, period)
          ON v."indicatorId" = k.indicator_id AND v."communeInseeCode" = k.commune AND v.period = k.period
      `;
    },
  };

  function write(
    scope: CommuneScope,
    id: string,
    version: number,
    data: Prisma.IndicatorValueUncheckedUpdateManyInput,
  ) {
    return versionedWrite(
      () =>
        db.indicatorValue.updateMany({
          where: { id, version, ...communeWhere(scope) },
          data: { ...data, version: { increment: 1 } },
        }),
      () => read(scope, id),
    );
  }
}
