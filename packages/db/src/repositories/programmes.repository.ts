import type { Programme } from "@cvv/domain/programmes";
import type { CreateProgrammeInput, UpdateProgrammeInput } from "@cvv/domain/programmes";
import { definedOnly, fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const programmeSelect = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  objectives: true,
  budgetEuros: true,
  startsOn: true,
  endsOn: true,
  status: true,
  version: true,
} as const;

type ProgrammeRow = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  objectives: string;
  budgetEuros: bigint | null;
  startsOn: Date | null;
  endsOn: Date | null;
  status: Programme["status"];
  version: number;
};

function toProgramme(row: ProgrammeRow): Programme {
  return {
    ...row,
    budgetEuros: row.budgetEuros === null ? null : Number(row.budgetEuros),
    startsOn: toIsoDate(row.startsOn),
    endsOn: toIsoDate(row.endsOn),
  };
}

function toData(input: Partial<CreateProgrammeInput>) {
  return definedOnly({
    name: input.name,
    slug: input.slug,
    summary: input.summary,
    objectives: input.objectives,
    budgetEuros:
      input.budgetEuros === undefined ? undefined : input.budgetEuros === null ? null : BigInt(input.budgetEuros),
    startsOn: fromIsoDate(input.startsOn),
    endsOn: fromIsoDate(input.endsOn),
    status: input.status,
  });
}

export function programmesRepository(db: Tx) {
  return {
    async list(filter: { publicOnly?: boolean } = {}): Promise<Programme[]> {
      const rows = await db.programme.findMany({
        select: programmeSelect,
        where: filter.publicOnly ? { status: { not: "draft" } } : {},
        orderBy: [{ startsOn: "desc" }, { name: "asc" }],
      });
      return rows.map(toProgramme);
    },

    async find(id: string): Promise<Programme | null> {
      const row = await db.programme.findUnique({ select: programmeSelect, where: { id } });
      return row ? toProgramme(row) : null;
    },

    async findPublicBySlug(slug: string): Promise<Programme | null> {
      const row = await db.programme.findFirst({ select: programmeSelect, where: { slug, status: { not: "draft" } } });
      return row ? toProgramme(row) : null;
    },

    async slugTaken(slug: string): Promise<boolean> {
      return (await db.programme.count({ where: { slug } })) > 0;
    },

    async countDemo(): Promise<number> {
      return db.programme.count({ where: { isDemo: true } });
    },

    /** Programmes the public sees, and how many of them are demo data. */
    async countPublic(): Promise<{ total: number; demo: number }> {
      const visible = { status: { not: "draft" as const } };
      const [total, demo] = await Promise.all([
        db.programme.count({ where: visible }),
        db.programme.count({ where: { ...visible, isDemo: true } }),
      ]);
      return { total, demo };
    },

    async create(input: CreateProgrammeInput & { slug: string; isDemo?: boolean }): Promise<Programme> {
      const row = await db.programme.create({
        select: programmeSelect,
        data: { ...toData(input), name: input.name, slug: input.slug, isDemo: input.isDemo ?? false },
      });
      return toProgramme(row);
    },

    async update(input: UpdateProgrammeInput): Promise<WriteOutcome<Programme>> {
      const { id, version, ...fields } = input;
      return versionedWrite(
        () =>
          db.programme.updateMany({ where: { id, version }, data: { ...toData(fields), version: { increment: 1 } } }),
        async () => {
          const row = await db.programme.findUnique({ select: programmeSelect, where: { id } });
          return row ? toProgramme(row) : null;
        },
      );
    },
  };
}
