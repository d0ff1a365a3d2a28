import { createRequire } from "node:module";
import type { PrismaClient } from "../generated/prisma/client.js";
import { communesRepository } from "../repositories/communes.repository.js";

const require = createRequire(import.meta.url);
const MGP_SIREN = "200054781";

interface EtalabMember {
  code: string;
}
interface EtalabGroup {
  code: string;
  nom: string;
  membres: EtalabMember[];
}
interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  siren?: string;
  population?: number;
}

/**
 * The Métropole's 130 communes and 11 EPT, from @etalab/decoupage-administratif (Licence
 * Ouverte). Idempotent: run at every start, it only writes when the package's data changed.
 */
export async function loadReferenceData(prisma: PrismaClient, log: (m: string) => void = () => {}): Promise<number> {
  const epci: EtalabGroup[] = require("@etalab/decoupage-administratif/data/epci.json");
  const mgp = epci.find((e) => e.code === MGP_SIREN);
  if (!mgp) throw new Error("La Métropole du Grand Paris est absente du référentiel @etalab/decoupage-administratif.");
  const members = new Set(mgp.membres.map((m) => m.code));

  const communes = await prisma.commune.count();
  if (communes === members.size) return 0;

  const epts: EtalabGroup[] = require("@etalab/decoupage-administratif/data/ept.json");
  const all: EtalabCommune[] = require("@etalab/decoupage-administratif/data/communes.json");
  const eptOf = new Map<string, string>();
  for (const ept of epts) for (const m of ept.membres) eptOf.set(m.code, ept.code);

  await prisma.$transaction(
    async (tx) => {
      const repo = communesRepository(tx);
      for (const ept of epts) await repo.upsertTerritory({ siren: ept.code, name: ept.nom });
      for (const c of all) {
        if (c.type !== "commune-actuelle" || !members.has(c.code)) continue;
        await repo.upsert({
          inseeCode: c.code,
          name: c.nom,
          departement: c.departement,
          siren: c.siren ?? "",
          population: c.population ?? 0,
          territorySiren: eptOf.get(c.code) ?? null,
        });
      }
    },
    { timeout: 60_000 },
  );
  log(`référentiel chargé : ${members.size} communes, ${epts.length} établissements publics territoriaux`);
  return members.size;
}
