import type { Commune } from "@cvv/domain/communes";
import type { Tx } from "./shared.js";

const communeSelect = {
  inseeCode: true,
  name: true,
  departement: true,
  population: true,
  territorySiren: true,
  territory: { select: { name: true } },
} as const;

type CommuneRow = {
  inseeCode: string;
  name: string;
  departement: string;
  population: number;
  territorySiren: string | null;
  territory: { name: string } | null;
};

function toCommune(row: CommuneRow): Commune {
  return {
    inseeCode: row.inseeCode,
    name: row.name,
    departement: row.departement,
    population: row.population,
    territorySiren: row.territorySiren,
    territoryName: row.territory?.name ?? null,
  };
}

export function communesRepository(db: Tx) {
  return {
    async list(filter: { inseeCodes?: readonly string[] } = {}): Promise<Commune[]> {
      const rows = await db.commune.findMany({
        select: communeSelect,
        where: filter.inseeCodes ? { inseeCode: { in: [...filter.inseeCodes] } } : {},
        orderBy: [{ name: "asc" }, { inseeCode: "asc" }],
      });
      return rows.map(toCommune);
    },

    async find(inseeCode: string): Promise<Commune | null> {
      const row = await db.commune.findUnique({ select: communeSelect, where: { inseeCode } });
      return row ? toCommune(row) : null;
    },

    async existing(inseeCodes: readonly string[]): Promise<string[]> {
      const rows = await db.commune.findMany({
        select: { inseeCode: true },
        where: { inseeCode: { in: [...inseeCodes] } },
      });
      return rows.map((r) => r.inseeCode);
    },

    async count(): Promise<number> {
      return db.commune.count();
    },

    async upsertTerritory(t: { siren: string; name: string }): Promise<void> {
      await db.territory.upsert({
        where: { siren: t.siren },
        create: t,
        update: { name: t.name },
        select: { siren: true },
      });
    },

    async upsert(c: {
      inseeCode: string;
      name: string;
      departement: string;
      siren: string;
      population: number;
      territorySiren: string | null;
    }): Promise<void> {
      const { inseeCode, ...rest } = c;
      await db.commune.upsert({ where: { inseeCode }, create: c, update: rest, select: { inseeCode: true } });
    },
  };
}
