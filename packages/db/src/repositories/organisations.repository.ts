import { matchesSkill, matchesText } from "@cvv/domain/experts";
import type {
  CreateOrganisationInput,
  Organisation,
  OrganisationKind,
  UpdateOrganisationInput,
} from "@cvv/domain/partners";
import type { Prisma } from "../generated/prisma/client.js";
import { definedOnly, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const organisationSelect = {
  id: true,
  name: true,
  kind: true,
  siren: true,
  siret: true,
  rna: true,
  themes: true,
  website: true,
  email: true,
  phone: true,
  address: true,
  communeInseeCode: true,
  notes: true,
  version: true,
} satisfies Prisma.OrganisationSelect;

export interface OrganisationFilter {
  kind?: OrganisationKind | undefined;
  /** One of the partner's themes, whatever the accents or case. */
  theme?: string | undefined;
  /** Found in the name, whatever the accents or case. */
  q?: string | undefined;
}

export interface OrganisationListItem extends Organisation {
  /** Contacts still identifiable (anonymised ones are not counted). */
  contactCount: number;
}

/** The programme's partners. Not commune-scoped: officers only. */
export function organisationsRepository(db: Tx) {
  const find = async (id: string): Promise<Organisation | null> =>
    db.organisation.findUnique({ select: organisationSelect, where: { id } });

  return {
    /**
     * The kind is filtered in SQL; theme and name in TypeScript with the domain's comparison
     * (accents, case, apostrophes), as the experts' directory does: tens of partners, not millions.
     */
    async list(filter: OrganisationFilter = {}): Promise<OrganisationListItem[]> {
      const rows = await db.organisation.findMany({
        select: {
          ...organisationSelect,
          _count: { select: { contacts: { where: { anonymisedAt: null } } } },
        },
        where: definedOnly({ kind: filter.kind }),
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
      return rows
        .filter((row) => (filter.theme ? matchesSkill(row.themes, filter.theme) : true))
        .filter((row) => (filter.q ? matchesText(row.name, filter.q) : true))
        .map(({ _count, ...row }) => ({ ...row, contactCount: _count.contacts }));
    },

    find,

    async create(input: CreateOrganisationInput & { isDemo?: boolean }): Promise<Organisation> {
      return db.organisation.create({
        select: organisationSelect,
        data: {
          name: input.name,
          kind: input.kind,
          siren: input.siren ?? null,
          siret: input.siret ?? null,
          rna: input.rna ?? null,
          themes: input.themes ?? [],
          website: input.website ?? "",
          email: input.email ?? "",
          phone: input.phone ?? "",
          address: input.address ?? "",
          communeInseeCode: input.communeInseeCode ?? null,
          notes: input.notes ?? "",
          isDemo: input.isDemo ?? false,
        },
      });
    },

    async update(input: UpdateOrganisationInput): Promise<WriteOutcome<Organisation>> {
      const { id, version, ...fields } = input;
      return versionedWrite(
        () =>
          db.organisation.updateMany({
            where: { id, version },
            data: { ...definedOnly(fields), version: { increment: 1 } },
          }),
        () => find(id),
      );
    },
  };
}
