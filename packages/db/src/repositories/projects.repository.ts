import type { CreateProjectInput, Project, ProjectStatus, UpdateProjectInput } from "@cvv/domain/projects";
import type { Prisma } from "../generated/prisma/client.js";
import { definedOnly, fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

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

const publicProjectSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  status: true,
  startsOn: true,
  endsOn: true,
  communeInseeCode: true,
  commune: { select: { name: true, departement: true, territory: { select: { name: true } } } },
  programme: { select: { name: true, slug: true, status: true } },
  edition: { select: { name: true, year: true } },
} as const;

/**
 * What the public may see of projects: those of programmes that are no longer drafts. The
 * programme's status is read with the project and checked here rather than filtered through the
 * relation in SQL: the relation filter made the portal's main read five times slower
 * (BENCHMARKS.md).
 */
export function publicProjectsRepository(db: Tx) {
  const visible = (row: { programme: { status: string } }) => row.programme.status !== "draft";
  const map = (row: Prisma.ProjectGetPayload<{ select: typeof publicProjectSelect }>) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    description: row.description,
    status: row.status,
    startsOn: toIsoDate(row.startsOn),
    endsOn: toIsoDate(row.endsOn),
    communeInseeCode: row.communeInseeCode,
    communeName: row.commune.name,
    departement: row.commune.departement,
    territoryName: row.commune.territory?.name ?? null,
    programmeName: row.programme.name,
    programmeSlug: row.programme.slug,
    editionName: row.edition?.name ?? null,
    editionYear: row.edition?.year ?? null,
  });
  return {
    async list(filter: { communeInseeCode?: string | undefined; programmeSlug?: string | undefined } = {}) {
      const rows = await db.project.findMany({
        select: publicProjectSelect,
        where: {
          ...(filter.communeInseeCode ? { communeInseeCode: filter.communeInseeCode } : {}),
          ...(filter.programmeSlug ? { programme: { slug: filter.programmeSlug } } : {}),
        },
        orderBy: [{ commune: { name: "asc" } }, { title: "asc" }],
      });
      return rows.filter(visible).map(map);
    },
    async findBySlug(slug: string) {
      const row = await db.project.findUnique({ select: publicProjectSelect, where: { slug } });
      return row && visible(row) ? map(row) : null;
    },
  };
}
