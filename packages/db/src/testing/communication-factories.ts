import { randomBytes } from "node:crypto";
import type { CommunicationChannel, CommunicationStatus } from "@cvv/domain/communication";
import type { WatchItemStatus } from "@cvv/domain/watch";
import type { PrismaClient } from "../connection/database.js";
import { communicationActionsRepository } from "../repositories/communication-actions.repository.js";
import { watchRepository } from "../repositories/watch.repository.js";

const unique = () => randomBytes(4).toString("hex");

/** Actions of the communication plan and watched feeds with their items, straight in the database. */
export function communicationFactories(prisma: PrismaClient) {
  return {
    /** A newsletter item planned on 3 December 2026 unless told otherwise. */
    async action(
      input: {
        title?: string;
        channel?: CommunicationChannel;
        status?: CommunicationStatus;
        plannedOn?: string;
        ownerId?: string | null;
        eventId?: string | null;
        publicationId?: string | null;
      } = {},
    ) {
      return communicationActionsRepository(prisma).create({
        title: input.title ?? `Action ${unique()}`,
        channel: input.channel ?? "newsletter",
        plannedOn: input.plannedOn ?? "2026-12-03",
        audience: "Communes du programme",
        message: "Message de l'action.",
        status: input.status ?? "planned",
        ownerId: input.ownerId ?? null,
        eventId: input.eventId ?? null,
        publicationId: input.publicationId ?? null,
      });
    },

    /** A source at a unique address that is never fetched in tests unless a test serves it. */
    async watchSource(
      input: { name?: string; url?: string; tags?: string[]; active?: boolean; isDemo?: boolean } = {},
    ) {
      const u = unique();
      return watchRepository(prisma).createSource({
        name: input.name ?? `Source ${u}`,
        url: input.url ?? `https://veille-${u}.example.org/flux.xml`,
        tags: input.tags ?? [],
        active: input.active ?? true,
        isDemo: input.isDemo ?? false,
      });
    },

    /** An item of the source, to review unless told otherwise. */
    async watchItem(
      sourceId: string,
      input: { title?: string; summary?: string; tags?: string[]; relevance?: number; status?: WatchItemStatus } = {},
    ) {
      const u = unique();
      const repo = watchRepository(prisma);
      await repo.insertNewItems(sourceId, [
        {
          guid: `urn:test:${u}`,
          title: input.title ?? `Article ${u}`,
          link: `https://veille.example.org/articles/${u}`,
          summary: input.summary ?? "Résumé de l'article.",
          publishedAt: new Date("2026-11-20T09:00:00.000Z"),
          tags: input.tags ?? [],
        },
      ]);
      const row = await prisma.watchItem.findUniqueOrThrow({
        select: { id: true },
        where: { sourceId_guid: { sourceId, guid: `urn:test:${u}` } },
      });
      if (input.relevance !== undefined || (input.status && input.status !== "new")) {
        await prisma.watchItem.update({
          select: { id: true },
          where: { id: row.id },
          data: { relevance: input.relevance ?? 0, status: input.status ?? "new" },
        });
      }
      return (await repo.findItem(row.id))!;
    },
  };
}
