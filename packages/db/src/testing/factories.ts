import { randomBytes } from "node:crypto";
import type { FunderKind, FundingStatus } from "@cvv/domain/funding";
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

    /** An action of the project's plan over the first half of 2026 by default, or a milestone (due date only). */
    async planItem(input: {
      projectId: string;
      kind?: "action" | "milestone";
      title?: string;
      startsOn?: string | null;
      dueOn?: string;
      status?: "planned" | "in_progress" | "done" | "cancelled";
      progress?: number;
      dependsOnIds?: string[];
    }) {
      const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
      const kind = input.kind ?? "action";
      const status = input.status ?? "planned";
      const dueOn = input.dueOn ?? "2026-06-30";
      const startsOn = kind === "action" ? (input.startsOn === undefined ? "2026-01-05" : input.startsOn) : null;
      return prisma.planItem.create({
        select: { id: true, version: true, title: true, projectId: true },
        data: {
          projectId: input.projectId,
          kind,
          title: input.title ?? `${kind === "action" ? "Action" : "Jalon"} ${unique()}`,
          startsOn: startsOn ? date(startsOn) : null,
          dueOn: date(dueOn),
          status,
          progress: input.progress ?? (status === "done" ? 100 : 0),
          completedOn: status === "done" ? date(dueOn) : null,
          dependsOn: { create: (input.dependsOnIds ?? []).map((dependsOnId) => ({ dependsOnId })) },
        },
      });
    },

    async indicator(
      input: {
        code?: string;
        name?: string;
        frequency?: "monthly" | "quarterly" | "yearly";
        aggregation?: "sum" | "population_weighted_mean" | "median" | "none";
        formula?: string | null;
        publicByDefault?: boolean;
        unit?: string;
      } = {},
    ) {
      const code = input.code ?? `ind_${unique()}`;
      return prisma.indicatorDefinition.create({
        select: { id: true, code: true, name: true, frequency: true, version: true },
        data: {
          code,
          name: input.name ?? `Indicateur ${code}`,
          unit: input.unit ?? "nombre",
          kind: "performance",
          direction: "higher_is_better",
          frequency: input.frequency ?? "yearly",
          aggregation: input.aggregation ?? "sum",
          publicByDefault: input.publicByDefault ?? true,
          formula: input.formula ?? null,
        },
      });
    },

    /** An open campaign over 2025 by default, for the given indicators and communes. */
    async campaign(input: {
      programmeId?: string;
      indicatorIds: string[];
      communeCodes: string[];
      status?: "draft" | "open" | "closed";
      periodStart?: string;
      periodEnd?: string;
      deadline?: string;
    }) {
      const programmeId = input.programmeId ?? (await this.programme({ status: "active" })).id;
      const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
      return prisma.reportingCampaign.create({
        select: { id: true, version: true, programmeId: true },
        data: {
          programmeId,
          name: `Campagne ${unique()}`,
          periodStart: date(input.periodStart ?? "2025-01-01"),
          periodEnd: date(input.periodEnd ?? "2025-12-31"),
          deadline: date(input.deadline ?? "2026-03-31"),
          status: input.status ?? "open",
          indicators: { create: input.indicatorIds.map((indicatorId) => ({ indicatorId })) },
          communes: { create: input.communeCodes.map((communeInseeCode) => ({ communeInseeCode })) },
        },
      });
    },

    /** A value in a given state; an approved one is published with the same figure. */
    async value(input: {
      indicatorId: string;
      communeInseeCode: string;
      period: string;
      value?: number;
      status?: "draft" | "submitted" | "approved" | "returned";
      campaignId?: string;
      confidential?: boolean;
    }) {
      const status = input.status ?? "draft";
      const value = input.value ?? 10;
      const now = new Date();
      return prisma.indicatorValue.create({
        select: { id: true, version: true, status: true },
        data: {
          indicatorId: input.indicatorId,
          communeInseeCode: input.communeInseeCode,
          period: input.period,
          value,
          status,
          campaignId: input.campaignId ?? null,
          confidential: input.confidential ?? false,
          submittedAt: status === "draft" ? null : now,
          reviewedAt: status === "approved" || status === "returned" ? now : null,
          reviewComment: status === "returned" ? "Chiffre à vérifier." : null,
          publishedValue: status === "approved" ? value : null,
          publishedAt: status === "approved" ? now : null,
        },
      });
    },

    /** A line of the project's funding plan: 100 000 € from the Métropole, planned, by default. */
    async fundingLine(input: {
      projectId: string;
      funderKind?: FunderKind;
      funderName?: string;
      amountCents?: bigint;
      status?: FundingStatus;
    }) {
      return prisma.fundingLine.create({
        select: { id: true, version: true, projectId: true, funderName: true },
        data: {
          projectId: input.projectId,
          funderKind: input.funderKind ?? "metropole",
          funderName: input.funderName ?? "Métropole du Grand Paris",
          amountCents: input.amountCents ?? 10_000_000n,
          status: input.status ?? "planned",
        },
      });
    },

    /**
     * A grant of the Métropole to Bondy (valid SIRETs), 100 000 € paid at once by default, with
     * the given payments already made.
     */
    async grant(input: {
      projectId: string;
      fundingLineId?: string | null;
      amountCents?: bigint;
      conventionOn?: string;
      purpose?: string;
      paymentTerms?: "single" | "instalments" | "other";
      payments?: { paidOn: string; amountCents: bigint }[];
      instalments?: { dueOn: string; amountCents: bigint }[];
    }) {
      const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
      return prisma.grant.create({
        select: { id: true, version: true, projectId: true, purpose: true },
        data: {
          projectId: input.projectId,
          fundingLineId: input.fundingLineId ?? null,
          funderName: "Métropole du Grand Paris",
          funderSiret: "20005478100022",
          beneficiaryName: "Commune de Bondy",
          beneficiarySiret: "21930010000019",
          purpose: input.purpose ?? `Subvention ${unique()}`,
          conventionOn: date(input.conventionOn ?? "2025-03-15"),
          amountCents: input.amountCents ?? 10_000_000n,
          paymentTerms: input.paymentTerms ?? "single",
          payments: {
            create: (input.payments ?? []).map((p) => ({ paidOn: date(p.paidOn), amountCents: p.amountCents })),
          },
          instalments: {
            create: (input.instalments ?? []).map((i) => ({ dueOn: date(i.dueOn), amountCents: i.amountCents })),
          },
        },
      });
    },
  };
}
