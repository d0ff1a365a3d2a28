import { randomBytes } from "node:crypto";
import type { LegalBasis } from "@cvv/domain/contacts";
import type { NetworkKind } from "@cvv/domain/networks";
import type { OrganisationKind } from "@cvv/domain/partners";
import type { PrismaClient } from "../connection/database.js";

const unique = () => randomBytes(4).toString("hex");
const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Partners, contacts, networks, members and meetings straight in the database, for tests that need them as given. */
export function networkFactories(prisma: PrismaClient) {
  return {
    async organisation(
      input: { name?: string; kind?: OrganisationKind; themes?: string[]; siret?: string | null } = {},
    ) {
      return prisma.organisation.create({
        select: { id: true, name: true, version: true },
        data: {
          name: input.name ?? `Partenaire ${unique()}`,
          kind: input.kind ?? "association",
          themes: input.themes ?? [],
          siret: input.siret ?? null,
        },
      });
    },

    /** A contact last met on the given day (2026-01-15 unless told otherwise). */
    async contact(
      input: {
        organisationId?: string | null;
        firstName?: string;
        lastName?: string;
        email?: string | null;
        legalBasis?: LegalBasis;
        lastContactAt?: string;
        notes?: string;
      } = {},
    ) {
      const id = unique();
      return prisma.contact.create({
        select: { id: true, firstName: true, lastName: true, email: true, version: true },
        data: {
          organisationId: input.organisationId ?? null,
          firstName: input.firstName ?? "Camille",
          lastName: input.lastName ?? `Essai-${id}`,
          email: input.email === undefined ? `contact-${id}@test.example` : input.email,
          phone: "01 23 45 67 89",
          legalBasis: input.legalBasis ?? "public_task",
          noticeGivenAt: new Date("2025-01-15T10:00:00.000Z"),
          consentAt: input.legalBasis === "consent" ? new Date("2025-01-15T10:00:00.000Z") : null,
          lastContactAt: date(input.lastContactAt ?? "2026-01-15"),
          notes: input.notes ?? `Notes sur ${id}`,
        },
      });
    },

    async network(input: { name?: string; kind?: NetworkKind; parentId?: string | null } = {}) {
      return prisma.network.create({
        select: { id: true, name: true, kind: true, version: true },
        data: {
          name: input.name ?? `Réseau ${unique()}`,
          kind: input.kind ?? "partners",
          parentId: input.parentId ?? null,
        },
      });
    },

    async member(input: { networkId: string; contactId?: string; userId?: string; role?: string }) {
      return prisma.networkMember.create({
        select: { id: true, networkId: true },
        data: {
          networkId: input.networkId,
          contactId: input.contactId ?? null,
          userId: input.userId ?? null,
          role: input.role ?? "membre",
        },
      });
    },

    async meeting(input: { networkId: string; title?: string; startsAt?: string }) {
      return prisma.networkMeeting.create({
        select: { id: true, networkId: true, title: true, version: true },
        data: {
          networkId: input.networkId,
          title: input.title ?? `Réunion ${unique()}`,
          startsAt: new Date(input.startsAt ?? "2026-03-12T13:30:00.000Z"),
          place: "Métropole du Grand Paris",
          agenda: "Tour de table",
        },
      });
    },
  };
}
