import { randomBytes } from "node:crypto";
import type { ActionItemStatus, BodyKind, MeetingStatus } from "@cvv/domain/governance";
import type { PrismaClient } from "../connection/database.js";

const unique = () => randomBytes(4).toString("hex");

/** Governance bodies, members, meetings and action items straight in the database, in any state. */
export function governanceFactories(prisma: PrismaClient) {
  return {
    async body(input: { programmeId: string; kind?: BodyKind; name?: string }) {
      return prisma.governanceBody.create({
        select: { id: true, programmeId: true, name: true, version: true },
        data: {
          programmeId: input.programmeId,
          kind: input.kind ?? "steering_committee",
          name: input.name ?? `Comité ${unique()}`,
        },
      });
    },

    async member(input: { bodyId: string; name?: string; organisation?: string }) {
      return prisma.bodyMember.create({
        select: { id: true, bodyId: true, name: true },
        data: {
          bodyId: input.bodyId,
          name: input.name ?? `Membre ${unique()}`,
          organisation: input.organisation ?? "Métropole du Grand Paris",
        },
      });
    },

    /** A meeting a week ago unless told otherwise: its attendance and minutes may be recorded. */
    async meeting(input: { bodyId: string; startsAt?: Date; status?: MeetingStatus; title?: string }) {
      return prisma.meeting.create({
        select: { id: true, bodyId: true, version: true, startsAt: true },
        data: {
          bodyId: input.bodyId,
          title: input.title ?? `Réunion ${unique()}`,
          startsAt: input.startsAt ?? new Date(Date.now() - 7 * 86_400_000),
          status: input.status ?? "planned",
        },
      });
    },

    async actionItem(input: {
      meetingId: string;
      projectId?: string | null;
      dueOn?: string;
      status?: ActionItemStatus;
      title?: string;
    }) {
      return prisma.actionItem.create({
        select: { id: true, meetingId: true, version: true },
        data: {
          meetingId: input.meetingId,
          projectId: input.projectId ?? null,
          title: input.title ?? `Action ${unique()}`,
          owner: "Manager de centre-ville",
          dueOn: new Date(`${input.dueOn ?? "2026-06-30"}T00:00:00.000Z`),
          status: input.status ?? "open",
        },
      });
    },
  };
}
