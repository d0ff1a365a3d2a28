import { randomBytes } from "node:crypto";
import type { EventKind, EventStatus } from "@cvv/domain/events";
import type { PublicationKind, PublicationStatus } from "@cvv/domain/publications";
import type { PrismaClient } from "../connection/database.js";
import { eventsRepository } from "../repositories/events.repository.js";
import { publicationsRepository } from "../repositories/publications.repository.js";

const unique = () => randomBytes(4).toString("hex");

/** Events and publications straight in the database, in any state, through their repositories. */
export function eventFactories(prisma: PrismaClient) {
  return {
    /** A published afternoon workshop on 12 March 2026 (Paris time) unless told otherwise. */
    async event(
      input: {
        title?: string;
        kind?: EventKind;
        status?: EventStatus;
        startsAt?: string;
        endsAt?: string;
        communeInseeCode?: string | null;
        programmeId?: string | null;
        projectIds?: string[];
        description?: string;
        place?: string;
        capacity?: number | null;
      } = {},
    ) {
      const u = unique();
      const startsAt = input.startsAt ?? "2026-03-12T13:00:00.000Z";
      return eventsRepository(prisma).create({
        slug: `evenement-${u}`,
        title: input.title ?? `Événement ${u}`,
        kind: input.kind ?? "workshop",
        status: input.status ?? "published",
        startsAt,
        endsAt: input.endsAt ?? new Date(Date.parse(startsAt) + 3 * 3600_000).toISOString(),
        summary: "Résumé de l'événement.",
        description: input.description ?? "Programme de l'après-midi.",
        place: input.place ?? "Salle des fêtes",
        communeInseeCode: input.communeInseeCode === undefined ? "93010" : input.communeInseeCode,
        programmeId: input.programmeId ?? null,
        capacity: input.capacity === undefined ? 40 : input.capacity,
        projectIds: input.projectIds ?? [],
      });
    },

    /** A news item published on 15 January 2026 unless told otherwise. */
    async publication(
      input: {
        title?: string;
        kind?: PublicationKind;
        status?: PublicationStatus;
        publishAt?: string | null;
        tags?: string[];
        body?: string;
        communeInseeCodes?: string[];
        projectIds?: string[];
      } = {},
    ) {
      const u = unique();
      return publicationsRepository(prisma).create({
        slug: `publication-${u}`,
        title: input.title ?? `Publication ${u}`,
        kind: input.kind ?? "news",
        status: input.status ?? "published",
        publishAt: input.publishAt === undefined ? "2026-01-15T08:00:00.000Z" : input.publishAt,
        summary: "Résumé de la publication.",
        body: input.body ?? "Texte de la publication.",
        tags: input.tags ?? [],
        communeInseeCodes: input.communeInseeCodes ?? [],
        projectIds: input.projectIds ?? [],
      });
    },
  };
}
