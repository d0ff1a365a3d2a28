import type { CreateEditionInput, Edition, UpdateEditionInput } from "@cvv/domain/editions";
import { definedOnly, fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const editionSelect = {
  id: true,
  programmeId: true,
  name: true,
  year: true,
  opensOn: true,
  closesOn: true,
  status: true,
  version: true,
} as const;

type EditionRow = Omit<Edition, "opensOn" | "closesOn"> & { opensOn: Date | null; closesOn: Date | null };

function toEdition(row: EditionRow): Edition {
  return { ...row, opensOn: toIsoDate(row.opensOn), closesOn: toIsoDate(row.closesOn) };
}

export function editionsRepository(db: Tx) {
  return {
    async listByProgramme(programmeId: string): Promise<Edition[]> {
      const rows = await db.edition.findMany({
        select: editionSelect,
        where: { programmeId },
        orderBy: { year: "asc" },
      });
      return rows.map(toEdition);
    },

    async find(id: string): Promise<Edition | null> {
      const row = await db.edition.findUnique({ select: editionSelect, where: { id } });
      return row ? toEdition(row) : null;
    },

    async create(input: CreateEditionInput): Promise<Edition> {
      const row = await db.edition.create({
        select: editionSelect,
        data: {
          programmeId: input.programmeId,
          name: input.name,
          year: input.year,
          opensOn: fromIsoDate(input.opensOn) ?? null,
          closesOn: fromIsoDate(input.closesOn) ?? null,
          ...(input.status ? { status: input.status } : {}),
        },
      });
      return toEdition(row);
    },

    /** Optimistic: the version the officer loaded is in the where, so a stale form writes nothing. */
    async update(input: UpdateEditionInput): Promise<WriteOutcome<Edition>> {
      const { id, version, opensOn, closesOn, ...rest } = input;
      return versionedWrite(
        () =>
          db.edition.updateMany({
            where: { id, version },
            data: {
              ...definedOnly(rest),
              ...(opensOn !== undefined ? { opensOn: fromIsoDate(opensOn) } : {}),
              ...(closesOn !== undefined ? { closesOn: fromIsoDate(closesOn) } : {}),
              version: { increment: 1 },
            },
          }),
        async () => {
          const row = await db.edition.findUnique({ select: editionSelect, where: { id } });
          return row ? toEdition(row) : null;
        },
      );
    },
  };
}
