import { isPublicProgramme } from "./projects.repository.js";
import type { ProjectStatus, ProjectTheme } from "@cvv/domain/projects";
import { Prisma } from "../generated/prisma/client.js";
import type { EventKind } from "@cvv/domain/events";
import { toIsoDate, type Tx } from "./shared.js";

/** A project of a non-draft programme, as the open-data file gives it. */
export interface OpenProjectRow {
  slug: string;
  title: string;
  summary: string;
  status: ProjectStatus;
  communeInseeCode: string;
  communeName: string;
  territorySiren: string | null;
  territoryName: string | null;
  programmeSlug: string;
  programmeName: string;
  editionName: string | null;
  editionYear: number | null;
  startsOn: string | null;
  endsOn: string | null;
  themes: ProjectTheme[];
}

/** An approved, published, non-confidential value of a public indicator. */
export interface OpenValueRow {
  indicatorId: string;
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  communeInseeCode: string;
  communeName: string;
  period: string;
  value: number;
  publishedAt: string;
  correctedAt: string | null;
}

export interface OpenValueFilter {
  /** The communes with a public project (publicCommuneCodes), possibly narrowed to one. */
  communes: readonly string[];
  indicatorCode?: string;
  year?: number;
}

/** What makes a value public, as the portal's commune pages decide it, and the file's filters. */
function publicValueConditions(filter: OpenValueFilter): Prisma.Sql[] {
  const conditions = [
    Prisma.sql`v."publishedValue" IS NOT NULL`,
    Prisma.sql`v."publishedAt" IS NOT NULL`,
    Prisma.sql`NOT v.confidential`,
    Prisma.sql`d."publicByDefault"`,
    Prisma.sql`v."communeInseeCode" = ANY(${[...filter.communes]}::text[])`,
  ];
  if (filter.indicatorCode !== undefined) conditions.push(Prisma.sql`d.code = ${filter.indicatorCode}`);
  if (filter.year !== undefined) {
    // Periods compare as text: "2025" <= "2025-T3" < "2026".
    conditions.push(Prisma.sql`v.period >= ${String(filter.year)} AND v.period < ${String(filter.year + 1)}`);
  }
  return conditions;
}

/** Where a page of values starts: the key of the last row of the previous page. */
export interface OpenValueCursor {
  indicatorId: string;
  communeInseeCode: string;
  period: string;
}

/** What the SCDL mapping reads of a grant; no person's name (who recorded a payment) is read. */
export interface OpenGrantRow {
  funderName: string;
  funderSiret: string;
  conventionOn: string;
  decisionReference: string;
  beneficiaryName: string;
  beneficiarySiret: string;
  purpose: string;
  amountCents: bigint;
  nature: "cash" | "in_kind" | "cash_and_in_kind";
  paymentTerms: "single" | "instalments" | "other";
  paymentTermsNote: string;
  share: number;
  euNotified: boolean;
  raeId: string;
  instalments: { dueOn: string }[];
  payments: { paidOn: string }[];
}

/** A published or cancelled event; drafts never leave the database. */
export interface OpenEventRow {
  slug: string;
  kind: EventKind;
  title: string;
  summary: string;
  startsAt: string;
  endsAt: string;
  place: string;
  address: string;
  communeInseeCode: string | null;
  communeName: string | null;
  /** Null too when the programme is still a draft: its name is not public yet. */
  programmeSlug: string | null;
  programmeName: string | null;
  status: "published" | "cancelled";
  /** The linked projects the public may see. */
  projectSlugs: string[];
}

/** A table's size and last change: deletions change the count, edits the date. */
export interface OpenDataStamp {
  count: number;
  lastModified: Date | null;
}

// The portal's rule: a programme, and all it holds, is public once it is no longer a draft.
const publicProgramme = { status: { not: "draft" } } as const;

const yearRange = (year: number) => ({
  gte: new Date(Date.UTC(year, 0, 1)),
  lt: new Date(Date.UTC(year + 1, 0, 1)),
});

/**
 * The open-data files: only what the portal already shows. A project is public when its programme
 * is not a draft; a value when it was approved (its published figure), is not confidential, is
 * of a public indicator, and is of a commune that has a public project (as the portal's commune
 * pages). Values are read in pages along the (indicator, commune, period) unique index, so a file
 * of a million rows never sits in memory.
 */
export function openDataRepository(db: Tx) {
  return {
    async projects(filter: { communeInseeCode?: string; programmeSlug?: string; year?: number }) {
      const rows = await db.project.findMany({
        select: {
          slug: true,
          title: true,
          summary: true,
          status: true,
          communeInseeCode: true,
          commune: { select: { name: true, territory: { select: { siren: true, name: true } } } },
          programme: { select: { slug: true, name: true } },
          edition: { select: { name: true, year: true } },
          startsOn: true,
          endsOn: true,
          themes: true,
        },
        where: {
          programme: { ...publicProgramme, ...(filter.programmeSlug ? { slug: filter.programmeSlug } : {}) },
          ...(filter.communeInseeCode ? { communeInseeCode: filter.communeInseeCode } : {}),
          ...(filter.year !== undefined ? { edition: { year: filter.year } } : {}),
        },
        orderBy: [{ communeInseeCode: "asc" }, { slug: "asc" }],
      });
      return rows.map((row): OpenProjectRow => ({
        slug: row.slug,
        title: row.title,
        summary: row.summary,
        status: row.status,
        communeInseeCode: row.communeInseeCode,
        communeName: row.commune.name,
        territorySiren: row.commune.territory?.siren ?? null,
        territoryName: row.commune.territory?.name ?? null,
        programmeSlug: row.programme.slug,
        programmeName: row.programme.name,
        editionName: row.edition?.name ?? null,
        editionYear: row.edition?.year ?? null,
        startsOn: toIsoDate(row.startsOn),
        endsOn: toIsoDate(row.endsOn),
        themes: [...row.themes],
      }));
    },

    /** The communes with at least one project of a non-draft programme. */
    async publicCommuneCodes(): Promise<string[]> {
      const rows = await db.project.findMany({
        select: { communeInseeCode: true },
        where: { programme: publicProgramme },
        distinct: ["communeInseeCode"],
        orderBy: { communeInseeCode: "asc" },
      });
      return rows.map((r) => r.communeInseeCode);
    },

    /** One page of public values after `after`, in key order; `communes` from publicCommuneCodes. */
    async valuesPage(filter: OpenValueFilter, after: OpenValueCursor | null, limit: number): Promise<OpenValueRow[]> {
      const conditions = publicValueConditions(filter);
      if (after) {
        conditions.push(
          Prisma.sql`(v."indicatorId", v."communeInseeCode", v.period) > (${after.indicatorId}::uuid, ${after.communeInseeCode}, ${after.period})`,
        );
      }
      const rows = await db.$queryRaw<
        {
          indicatorId: string;
          indicatorCode: string;
          indicatorName: string;
          unit: string;
          communeInseeCode: string;
          communeName: string;
          period: string;
          value: number;
          publishedAt: Date;
          correctedAt: Date | null;
        }[]
      >`
        SELECT v."indicatorId", d.code AS "indicatorCode", d.name AS "indicatorName", d.unit,
               v."communeInseeCode", c.name AS "communeName", v.period, v."publishedValue" AS value,
               v."publishedAt", v."correctedAt"
        FROM "IndicatorValue" v
        JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
        JOIN "Commune" c ON c."inseeCode" = v."communeInseeCode"
        WHERE ${Prisma.join(conditions, " AND ")}
        ORDER BY v."indicatorId", v."communeInseeCode", v.period
        LIMIT ${limit}`;
      return rows.map((r) => ({
        ...r,
        value: Number(r.value),
        publishedAt: r.publishedAt.toISOString(),
        correctedAt: r.correctedAt ? r.correctedAt.toISOString() : null,
      }));
    },

    async grants(filter: { communeInseeCode?: string; programmeSlug?: string; year?: number }) {
      const rows = await db.grant.findMany({
        select: {
          funderName: true,
          funderSiret: true,
          conventionOn: true,
          decisionReference: true,
          beneficiaryName: true,
          beneficiarySiret: true,
          purpose: true,
          amountCents: true,
          nature: true,
          paymentTerms: true,
          paymentTermsNote: true,
          share: true,
          euNotified: true,
          raeId: true,
          instalments: { select: { dueOn: true } },
          payments: { select: { paidOn: true } },
        },
        where: {
          project: {
            programme: { ...publicProgramme, ...(filter.programmeSlug ? { slug: filter.programmeSlug } : {}) },
            ...(filter.communeInseeCode ? { communeInseeCode: filter.communeInseeCode } : {}),
          },
          ...(filter.year !== undefined ? { conventionOn: yearRange(filter.year) } : {}),
        },
        orderBy: [{ conventionOn: "asc" }, { funderName: "asc" }, { id: "asc" }],
      });
      return rows.map(({ conventionOn, instalments, payments, ...row }): OpenGrantRow => ({
        ...row,
        conventionOn: toIsoDate(conventionOn)!,
        instalments: instalments.map((i) => ({ dueOn: toIsoDate(i.dueOn)! })),
        payments: payments.map((p) => ({ paidOn: toIsoDate(p.paidOn)! })),
      }));
    },

    /**
     * The stamp of the values a filter selects: a file of one commune or one indicator reads a
     * few index pages for its ETag instead of counting the whole table.
     */
    async valuesStamp(filter: OpenValueFilter): Promise<OpenDataStamp> {
      const [row] = await db.$queryRaw<{ count: bigint; last: Date | null }[]>`
        SELECT count(*) AS count, max(v."updatedAt") AS last
        FROM "IndicatorValue" v
        JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
        WHERE ${Prisma.join(publicValueConditions(filter), " AND ")}`;
      return { count: Number(row?.count ?? 0), lastModified: row?.last ?? null };
    },

    /** Published and cancelled events (the portal shows both), by start. */
    async events(filter: { communeInseeCode?: string; programmeSlug?: string; year?: number }) {
      const rows = await db.event.findMany({
        select: {
          slug: true,
          kind: true,
          title: true,
          summary: true,
          startsAt: true,
          endsAt: true,
          place: true,
          address: true,
          communeInseeCode: true,
          commune: { select: { name: true } },
          programme: { select: { slug: true, name: true, status: true } },
          status: true,
          projects: { select: { project: { select: { slug: true, programme: { select: { status: true } } } } } },
        },
        where: {
          status: { in: ["published", "cancelled"] },
          ...(filter.communeInseeCode ? { communeInseeCode: filter.communeInseeCode } : {}),
          ...(filter.programmeSlug ? { programme: { ...publicProgramme, slug: filter.programmeSlug } } : {}),
          ...(filter.year !== undefined ? { startsAt: yearRange(filter.year) } : {}),
        },
        orderBy: [{ startsAt: "asc" }, { slug: "asc" }],
      });
      return rows.map((row): OpenEventRow => {
        const programme = row.programme && isPublicProgramme(row.programme) ? row.programme : null;
        return {
          slug: row.slug,
          kind: row.kind,
          title: row.title,
          summary: row.summary,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
          place: row.place,
          address: row.address,
          communeInseeCode: row.communeInseeCode,
          communeName: row.commune?.name ?? null,
          programmeSlug: programme?.slug ?? null,
          programmeName: programme?.name ?? null,
          status: row.status as OpenEventRow["status"],
          projectSlugs: row.projects
            .filter((p) => isPublicProgramme(p.project.programme))
            .map((p) => p.project.slug)
            .sort(),
        };
      });
    },

    /**
     * The size and last change of the tables a file reads, for its ETag. Whole tables, not the
     * filtered rows: cheaper, and a change anywhere only costs a client one full download.
     */
    async stamp(tables: readonly OpenDataTable[]): Promise<OpenDataStamp> {
      let count = 0;
      let lastModified: Date | null = null;
      for (const table of tables) {
        const changed = stampColumns[table];
        const [row] = await db.$queryRaw<{ count: bigint; last: Date | null }[]>`
          SELECT count(*) AS count, ${changed ? Prisma.raw(`max("${changed}")`) : Prisma.sql`NULL::timestamptz`} AS last
          FROM ${Prisma.raw(`"${table}"`)}`;
        count += Number(row?.count ?? 0);
        if (row?.last && (!lastModified || row.last > lastModified)) lastModified = row.last;
      }
      return { count, lastModified };
    },
  };
}

/** The tables open data reads; a closed list, so the stamp's table name is never user input. */
export type OpenDataTable =
  | "Project"
  | "Programme"
  | "Edition"
  | "IndicatorValue"
  | "IndicatorDefinition"
  | "Grant"
  | "GrantPayment"
  | "GrantInstalment"
  | "Event"
  | "EventProject";

// Instalments carry no date of change: their count still moves when one is added or removed.
const stampColumns: Record<OpenDataTable, "updatedAt" | "createdAt" | null> = {
  Project: "updatedAt",
  Programme: "updatedAt",
  Edition: "updatedAt",
  IndicatorValue: "updatedAt",
  IndicatorDefinition: "updatedAt",
  Grant: "updatedAt",
  GrantPayment: "createdAt",
  GrantInstalment: null,
  Event: "updatedAt",
  EventProject: null,
};
