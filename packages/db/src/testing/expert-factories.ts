import { randomBytes } from "node:crypto";
import type { ExpertKind, MissionStatus } from "@cvv/domain/experts";
import type { PrismaClient } from "../connection/database.js";

const unique = () => randomBytes(4).toString("hex");
const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Experts and missions straight in the database, in any state, for tests that need them as given. */
export function expertFactories(prisma: PrismaClient) {
  return {
    async expert(input: { name?: string; kind?: ExpertKind; skills?: string[]; active?: boolean } = {}) {
      return prisma.expert.create({
        select: { id: true, name: true, version: true },
        data: {
          name: input.name ?? `Cabinet ${unique()}`,
          kind: input.kind ?? "expert",
          skills: input.skills ?? ["Commerce"],
          active: input.active ?? true,
        },
      });
    },

    /** A mission of the expert on the project, from 2025-03-01 to 2025-05-31 unless told otherwise. */
    async mission(input: {
      expertId: string;
      projectId: string;
      status?: MissionStatus;
      startsOn?: string;
      endsOn?: string;
      deliverables?: { title: string; deliveredOn?: string | null }[];
    }) {
      return prisma.mission.create({
        select: { id: true, expertId: true, version: true, status: true },
        data: {
          expertId: input.expertId,
          projectId: input.projectId,
          title: `Mission ${unique()}`,
          startsOn: date(input.startsOn ?? "2025-03-01"),
          endsOn: date(input.endsOn ?? "2025-05-31"),
          status: input.status ?? "proposed",
          deliverables: {
            create: (input.deliverables ?? []).map((d) => ({
              title: d.title,
              deliveredOn: d.deliveredOn ? date(d.deliveredOn) : null,
            })),
          },
        },
      });
    },
  };
}
