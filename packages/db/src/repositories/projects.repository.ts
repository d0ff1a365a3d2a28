import type { CreateProjectInput, Project, ProjectStatus, UpdateProjectInput } from "@cvv/domain/projects";
import { Prisma } from "../generated/prisma/client.js";
import { definedOnly, fromIsoDate, readRows, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

/**
 * Which communes' records a caller may touch: "all" for officers, a list for contributors.
 * It goes into every where clause, so a forged id from another commune finds nothing.
 */
export type CommuneScope = "all" | { communeCodes: readonly string[] };

export function communeWhere(scope: CommuneScope): { communeInseeCode?: { in: string[] } } {
  return scope === "all" ? {} : { communeInseeCode: { in: [...scope.communeCodes] } };
}

const projectSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  status: true,
  programmeId: true,
  editionId: true,
  communeInseeCode: true,
  startsOn: true,
  endsOn: true,
  themes: true,
  perimeter: true,
  version: true,
} as const;

const listSelect = {
  ...projectSelect,
  commune: { select: { name: true, departement: true } },
  programme: { select: { name: true } },
  edition: { select: { name: true, year: true } },
  _count: { select: { updates: { where: { status: "submitted" as const } } } },
} as const;

type ProjectRow = Omit<Project, "startsOn" | "endsOn"> & { startsOn: Date | null; endsOn: Date | null };

function toProject(row: ProjectRow): Project {
  return { ...row, startsOn: toIsoDate(row.startsOn), endsOn: toIsoDate(row.endsOn) };
}

export interface ProjectListItem extends Project {
  communeName: string;
  departement: string;
  programmeName: string;
  editionName: string | null;
  pendingReviews: number;
}

export interface ProjectFilter {
  programmeId?: string | undefined;
  editionId?: string | undefined;
  communeInseeCode?: string | undefined;
  status?: ProjectStatus | undefined;
}

export function projectsRepository(db: Tx) {
  return {
    async list(scope: CommuneScope, filter: ProjectFilter = {}): Promise<ProjectListItem[]> {
      const where: Prisma.ProjectWhereInput = {
        AND: [
          communeWhere(scope),
          definedOnly({
            programmeId: filter.programmeId,
            editionId: filter.editionId,
            communeInseeCode: filter.communeInseeCode,
            status: filter.status,
          }),
        ],
      };
      const rows = await db.project.findMany({
        select: listSelect,
        where,
        orderBy: [{ commune: { name: "asc" } }, { title: "asc" }],
      });
      return rows.map(({ commune, programme, edition, _count, ...row }) => ({
        ...toProject(row),
        communeName: commune.name,
        departement: commune.departement,
        programmeName: programme.name,
        editionName: edition?.name ?? null,
        pendingReviews: _count.updates,
      }));
    },

    async find(scope: CommuneScope, id: string): Promise<Project | null> {
      const row = await db.project.findFirst({ select: projectSelect, where: { id, ...communeWhere(scope) } });
      return row ? toProject(row) : null;
    },

    async slugTaken(slug: string): Promise<boolean> {
      return (await db.project.count({ where: { slug } })) > 0;
    },

    async create(
      input: CreateProjectInput & { slug: string; isDemo?: boolean; status?: ProjectStatus },
    ): Promise<Project> {
      const row = await db.project.create({
        select: projectSelect,
        data: {
          slug: input.slug,
          title: input.title,
          summary: input.summary ?? "",
          description: input.description ?? "",
          programmeId: input.programmeId,
          editionId: input.editionId ?? null,
          communeInseeCode: input.communeInseeCode,
          startsOn: fromIsoDate(input.startsOn) ?? null,
          endsOn: fromIsoDate(input.endsOn) ?? null,
          themes: input.themes ?? [],
          perimeter: input.perimeter ?? "",
          isDemo: input.isDemo ?? false,
          ...(input.status ? { status: input.status } : {}),
        },
      });
      return toProject(row);
    },

    async update(scope: CommuneScope, input: UpdateProjectInput): Promise<WriteOutcome<Project>> {
      const { id, version, ...fields } = input;
      const data = definedOnly({
        title: fields.title,
        slug: fields.slug,
        summary: fields.summary,
        description: fields.description,
        editionId: fields.editionId,
        startsOn: fromIsoDate(fields.startsOn),
        endsOn: fromIsoDate(fields.endsOn),
        themes: fields.themes,
        perimeter: fields.perimeter,
      });
      return write(scope, id, version, data);
    },

    async setStatus(
      scope: CommuneScope,
      id: string,
      version: number,
      status: ProjectStatus,
    ): Promise<WriteOutcome<Project>> {
      return write(scope, id, version, { status });
    },
  };

  function write(scope: CommuneScope, id: string, version: number, data: Prisma.ProjectUpdateManyMutationInput) {
    return versionedWrite(
      () =>
        db.project.updateMany({
          where: { id, version, ...communeWhere(scope) },
          data: { ...data, version: { increment: 1 } },
        }),
      async () => {
        const row = await db.project.findFirst({ select: projectSelect, where: { id, ...communeWhere(scope) } });
        return row ? toProject(row) : null;
      },
    );
  }
}

/** The portal's rule: a programme, and all it holds, is public once it is no longer a draft. */
export const isPublicProgramme = (programme: { status: string }) => programme.status !== "draft";

/** What a public page shows of a project it links to (an event's, a publication's). */
export const publicProjectLinkSelect = {
  slug: true,
  title: true,
  commune: { select: { name: true } },
  programme: { select: { status: true } },
} as const satisfies Prisma.ProjectSelect;

/** The linked projects the public may see, as links: those of draft programmes are left out. */
export function publicProjectLinks(rows: Prisma.ProjectGetPayload<{ select: typeof publicProjectLinkSelect }>[]) {
  return rows
    .filter((row) => isPublicProgramme(row.programme))
    .map((row) => ({ slug: row.slug, title: row.title, communeName: row.commune.name }));
}

/** A public project as the portal shows it, with its commune, territory, programme and edition. */
export interface PublicProjectRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  status: ProjectStatus;
  startsOn: string | null;
  endsOn: string | null;
  communeInseeCode: string;
  communeName: string;
  departement: string;
  territoryName: string | null;
  programmeName: string;
  programmeSlug: string;
  editionName: string | null;
  editionYear: number | null;
}

/**
 * What the public may see of projects: those of programmes that are no longer drafts.
 *
 * The portal's hottest reads: one SQL statement each, through the driver (readRows). Prisma's
 * client engine ran a project with its commune, territory, programme and edition as five queries
 * one after the other, and costs about a millisecond of CPU a query (BENCHMARKS.md, "Portail
 * public"). The programme's status is a plain join condition here; it was checked in code only
 * because Prisma's relation filter was slow.
 */
export function publicProjectsRepository(db: Tx) {
  const select = (where: Prisma.Sql) =>
    readRows<PublicProjectRow>(
      db,
      Prisma.sql`
    SELECT p.id::text AS id, p.slug, p.title, p.summary, p.description, p.status::text AS status,
           to_char(p."startsOn", 'YYYY-MM-DD') AS "startsOn", to_char(p."endsOn", 'YYYY-MM-DD') AS "endsOn",
           p."communeInseeCode", c.name AS "communeName", c.departement, t.name AS "territoryName",
           g.name AS "programmeName", g.slug AS "programmeSlug", e.name AS "editionName", e.year AS "editionYear"
      FROM "Project" p
      JOIN "Programme" g ON g.id = p."programmeId" AND g.status <> 'draft'
      JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
      LEFT JOIN "Territory" t ON t.siren = c."territorySiren"
      LEFT JOIN "Edition" e ON e.id = p."editionId"
     WHERE ${where}
     ORDER BY c.name, p.title`,
    );
  return {
    async list(
      filter: { communeInseeCode?: string | undefined; programmeSlug?: string | undefined } = {},
    ): Promise<PublicProjectRow[]> {
      const conditions = [
        filter.communeInseeCode ? Prisma.sql`p."communeInseeCode" = ${filter.communeInseeCode}` : null,
        filter.programmeSlug ? Prisma.sql`g.slug = ${filter.programmeSlug}` : null,
      ].filter((c) => c !== null);
      return select(conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`);
    },
    async findBySlug(slug: string): Promise<PublicProjectRow | null> {
      const [row] = await select(Prisma.sql`p.slug = ${slug}`);
      return row ?? null;
    },
    /** Whether a commune has a project the public may see: what makes its page exist. */
    async communeHasProjects(communeInseeCode: string): Promise<boolean> {
      const rows = await readRows(
        db,
        Prisma.sql`SELECT 1 FROM "Project" p JOIN "Programme" g ON g.id = p."programmeId" AND g.status <> 'draft'
                    WHERE p."communeInseeCode" = ${communeInseeCode} LIMIT 1`,
      );
      return rows.length > 0;
    },
    /**
     * What every page's header shows: public programmes (and how many are demo data), public
     * projects and their communes, in one statement.
     */
    async siteCounts(): Promise<{ programmes: number; demoProgrammes: number; projects: number; communes: number }> {
      const [row] = await readRows<{ programmes: number; demoProgrammes: number; projects: number; communes: number }>(
        db,
        Prisma.sql`SELECT g.programmes, g."demoProgrammes", p.projects, p.communes
                     FROM (SELECT count(*)::int AS programmes, count(*) FILTER (WHERE "isDemo")::int AS "demoProgrammes"
                             FROM "Programme" WHERE status <> 'draft') g,
                          (SELECT count(*)::int AS projects, count(DISTINCT p."communeInseeCode")::int AS communes
                             FROM "Project" p JOIN "Programme" g ON g.id = p."programmeId" AND g.status <> 'draft') p`,
      );
      return row!;
    },
  };
}
