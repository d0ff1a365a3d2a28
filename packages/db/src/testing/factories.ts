import { randomBytes } from "node:crypto";
import type { ProjectStatus } from "@cvv/domain/projects";
import type { Role } from "@cvv/domain/users";
import type { UpdateStatus } from "@cvv/domain/project-updates";
import type { PrismaClient } from "../connection/database.js";
import { hashPassword } from "../security/password.js";

/** Unique suffix, so each test makes its own records and never relies on another's. */
const unique = () => randomBytes(4).toString("hex");

let passwordHash: Promise<string> | null = null;
export const FACTORY_PASSWORD = "mot-de-passe-de-test-123";

export function factories(prisma: PrismaClient) {
  return {
    async user(
      input: { role?: Role; communeCodes?: string[]; email?: string; active?: boolean; withPassword?: boolean } = {},
    ) {
      passwordHash ??= hashPassword(FACTORY_PASSWORD);
      const role = input.role ?? "officer";
      const communeCodes = input.communeCodes ?? (role === "contributor" ? ["93010"] : []);
      return prisma.user.create({
        select: { id: true, email: true, role: true, displayName: true },
        data: {
          email: input.email ?? `${role}-${unique()}@test.example`,
          displayName: `Test ${role}`,
          role,
          active: input.active ?? true,
          passwordHash: input.withPassword === false ? null : await passwordHash,
          communes: { create: communeCodes.map((communeInseeCode) => ({ communeInseeCode })) },
        },
      });
    },

    async programme(input: { status?: "draft" | "active" | "closed"; name?: string } = {}) {
      const u = unique();
      return prisma.programme.create({
        select: { id: true, slug: true, name: true, version: true },
        data: { slug: `programme-${u}`, name: input.name ?? `Programme ${u}`, status: input.status ?? "active" },
      });
    },

    async edition(programmeId: string, year = 2024) {
      return prisma.edition.create({
        select: { id: true, name: true },
        data: { programmeId, name: `Édition ${year} ${unique()}`, year },
      });
    },

    async project(
      input: { programmeId?: string; communeInseeCode?: string; status?: ProjectStatus; title?: string } = {},
    ) {
      const programmeId = input.programmeId ?? (await this.programme()).id;
      const u = unique();
      return prisma.project.create({
        select: {
          id: true,
          slug: true,
          title: true,
          version: true,
          communeInseeCode: true,
          programmeId: true,
          status: true,
        },
        data: {
          slug: `projet-${u}`,
          title: input.title ?? `Projet ${u}`,
          programmeId,
          communeInseeCode: input.communeInseeCode ?? "93010",
          status: input.status ?? "planned",
        },
      });
    },

    async update(input: {
      projectId: string;
      status?: UpdateStatus;
      authorId?: string;
      title?: string;
      proposedStatus?: ProjectStatus;
    }) {
      const status = input.status ?? "draft";
      const now = new Date();
      return prisma.projectUpdate.create({
        select: { id: true, version: true, status: true, title: true },
        data: {
          projectId: input.projectId,
          authorId: input.authorId ?? null,
          title: input.title ?? `Point ${unique()}`,
          body: "Texte du point d'avancement.",
          proposedStatus: input.proposedStatus ?? null,
          status,
          submittedAt: status === "draft" ? null : now,
          reviewedAt: status === "approved" || status === "returned" ? now : null,
          publishedAt: status === "approved" ? now : null,
          reviewComment: status === "returned" ? "À compléter." : null,
        },
      });
    },
  };
}
