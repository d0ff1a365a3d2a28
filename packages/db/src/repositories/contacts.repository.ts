import { anonymisedContactFields, type Contact, type LegalBasis } from "@cvv/domain/contacts";
import { matchesText } from "@cvv/domain/experts";
import type { Prisma } from "../generated/prisma/client.js";
import { definedOnly, fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const contactSelect = {
  id: true,
  organisationId: true,
  organisation: { select: { name: true } },
  firstName: true,
  lastName: true,
  jobTitle: true,
  email: true,
  phone: true,
  legalBasis: true,
  noticeGivenAt: true,
  consentAt: true,
  lastContactAt: true,
  anonymisedAt: true,
  notes: true,
  version: true,
} satisfies Prisma.ContactSelect;

type ContactRow = Prisma.ContactGetPayload<{ select: typeof contactSelect }>;

const instant = (value: Date | null) => (value ? value.toISOString() : null);

function toContact({ organisation, ...row }: ContactRow): Contact {
  return {
    ...row,
    organisationName: organisation?.name ?? null,
    noticeGivenAt: instant(row.noticeGivenAt),
    consentAt: instant(row.consentAt),
    lastContactAt: toIsoDate(row.lastContactAt)!,
    anonymisedAt: instant(row.anonymisedAt),
  };
}

export interface ContactFilter {
  organisationId?: string | undefined;
  /** Found in the name, the e-mail or the organisation's name, whatever the accents or case. */
  q?: string | undefined;
}

/** What is written when a contact is created: the service decides the dates. */
export interface NewContact {
  organisationId: string | null;
  firstName: string;
  lastName: string;
  jobTitle: string;
  email: string | null;
  phone: string;
  legalBasis: LegalBasis;
  noticeGivenAt: Date | null;
  consentAt: Date | null;
  lastContactAt: string;
  notes: string;
  isDemo?: boolean;
}

export interface ContactWrite {
  id: string;
  version: number;
  organisationId?: string | null | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
  jobTitle?: string | undefined;
  email?: string | null | undefined;
  phone?: string | undefined;
  legalBasis?: LegalBasis | undefined;
  consentAt?: Date | null | undefined;
  lastContactAt?: string | undefined;
  notes?: string | undefined;
}

/** The network memberships of a contact, with each network's meetings: what an export of their data holds. */
export interface ContactMembership {
  id: string;
  role: string;
  joinedOn: string;
  network: {
    id: string;
    name: string;
    kind: string;
    meetings: { id: string; title: string; startsAt: string; place: string; agenda: string; notes: string }[];
  };
}

/**
 * People the officers work with. Personal data: officers only, never on the public router. An
 * anonymised record keeps its row (and its memberships) so networks' counts stay right.
 */
export function contactsRepository(db: Tx) {
  const find = async (id: string): Promise<Contact | null> => {
    const row = await db.contact.findUnique({ select: contactSelect, where: { id } });
    return row ? toContact(row) : null;
  };

  return {
    async list(filter: ContactFilter = {}): Promise<Contact[]> {
      const rows = await db.contact.findMany({
        select: contactSelect,
        where: definedOnly({ organisationId: filter.organisationId }),
        orderBy: [
          { anonymisedAt: { sort: "asc", nulls: "first" } },
          { lastName: "asc" },
          { firstName: "asc" },
          { id: "asc" },
        ],
      });
      const q = filter.q;
      return rows
        .filter((row) =>
          q
            ? matchesText(`${row.firstName} ${row.lastName}`, q) ||
              matchesText(row.email ?? "", q) ||
              matchesText(row.organisation?.name ?? "", q)
            : true,
        )
        .map(toContact);
    },

    find,

    async create(input: NewContact): Promise<Contact> {
      const row = await db.contact.create({
        select: contactSelect,
        data: { ...input, lastContactAt: fromIsoDate(input.lastContactAt)!, isDemo: input.isDemo ?? false },
      });
      return toContact(row);
    },

    /** Never writes an anonymised record: the where says so, and a stale or anonymised one finds nothing. */
    async update(input: ContactWrite): Promise<WriteOutcome<Contact>> {
      const { id, version, lastContactAt, ...fields } = input;
      return versionedWrite(
        () =>
          db.contact.updateMany({
            where: { id, version, anonymisedAt: null },
            data: {
              ...definedOnly(fields),
              lastContactAt: fromIsoDate(lastContactAt) ?? undefined,
              version: { increment: 1 },
            },
          }),
        () => find(id),
      );
    },

    /** Identifiable contacts whose last contact is on or before the cutoff: the retention rule's candidates. */
    async dueForRetention(cutoff: string): Promise<Contact[]> {
      const rows = await db.contact.findMany({
        select: contactSelect,
        where: { anonymisedAt: null, lastContactAt: { lte: fromIsoDate(cutoff)! } },
        orderBy: [{ lastContactAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toContact);
    },

    /**
     * Replaces the person's data with « Contact anonymisé » and dates it. Memberships are kept.
     * `version` when given is the one the officer saw (an erasure); the retention job passes none.
     * Returns false when nothing was written (already anonymised, or changed meanwhile).
     */
    async anonymise(id: string, at: Date, version?: number): Promise<boolean> {
      const { count } = await db.contact.updateMany({
        where: { id, anonymisedAt: null, ...(version === undefined ? {} : { version }) },
        data: { ...anonymisedContactFields, anonymisedAt: at, version: { increment: 1 } },
      });
      return count === 1;
    },

    async memberships(contactId: string): Promise<ContactMembership[]> {
      const rows = await db.networkMember.findMany({
        select: {
          id: true,
          role: true,
          joinedOn: true,
          network: {
            select: {
              id: true,
              name: true,
              kind: true,
              meetings: {
                select: { id: true, title: true, startsAt: true, place: true, agenda: true, notes: true },
                orderBy: [{ startsAt: "asc" }, { id: "asc" }],
              },
            },
          },
        },
        where: { contactId },
        orderBy: [{ network: { name: "asc" } }, { id: "asc" }],
      });
      return rows.map((row) => ({
        id: row.id,
        role: row.role,
        joinedOn: toIsoDate(row.joinedOn)!,
        network: {
          ...row.network,
          meetings: row.network.meetings.map((m) => ({ ...m, startsAt: m.startsAt.toISOString() })),
        },
      }));
    },
  };
}
