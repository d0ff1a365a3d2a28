import { randomBytes } from "node:crypto";
import type { ApplicationStatus } from "@cvv/domain/applications";
import type { EditionStatus } from "@cvv/domain/editions";
import type { ProjectTheme } from "@cvv/domain/projects";
import type { PrismaClient } from "../connection/database.js";

const unique = () => randomBytes(4).toString("hex");
const date = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

/** Editions taking applications, and applications straight in the database, in any state. */
export function applicationFactories(prisma: PrismaClient) {
  return {
    /** An edition of an active programme, open without dates unless told: today is always within it. */
    async edition(
      input: {
        programmeId?: string;
        status?: EditionStatus;
        opensOn?: string | null;
        closesOn?: string | null;
        name?: string;
      } = {},
    ) {
      const programmeId =
        input.programmeId ??
        (
          await prisma.programme.create({
            select: { id: true },
            data: { slug: `programme-${unique()}`, name: `Programme ${unique()}`, status: "active" },
          })
        ).id;
      return prisma.edition.create({
        select: { id: true, name: true, programmeId: true },
        data: {
          programmeId,
          name: input.name ?? `Appel à candidatures ${unique()}`,
          year: 2026,
          status: input.status ?? "open",
          opensOn: date(input.opensOn),
          closesOn: date(input.closesOn),
        },
      });
    },

    /**
     * A complete application of Bondy to a new open edition by default, so that it can be
     * submitted; a status past "draft" comes with what that step leaves on the record.
     */
    async application(
      input: {
        editionId?: string;
        communeInseeCode?: string;
        status?: ApplicationStatus;
        title?: string;
        themes?: ProjectTheme[];
      } = {},
    ) {
      const editionId = input.editionId ?? (await this.edition()).id;
      const status = input.status ?? "draft";
      return prisma.application.create({
        select: { id: true, version: true, status: true, editionId: true, communeInseeCode: true, title: true },
        data: {
          editionId,
          communeInseeCode: input.communeInseeCode ?? "93010",
          title: input.title ?? `Candidature ${unique()}`,
          summary: "Reconquête des cellules commerciales vacantes du centre-ville.",
          motivation: "La vacance commerciale a doublé en cinq ans autour du marché.",
          themes: input.themes ?? ["commerce", "espace_public"],
          perimeter: "Rue principale et place du marché",
          estimatedBudgetCents: 50_000_000n,
          contactName: "Contact de la commune",
          contactEmail: "contact@mairie.example",
          status,
          submittedAt: status === "draft" ? null : new Date(),
          eligibilityNote: status === "ineligible" ? "Dossier incomplet." : "",
          decidedOn: status === "selected" || status === "rejected" ? new Date() : null,
          decisionNote: status === "selected" || status === "rejected" ? "Avis du comité." : "",
        },
      });
    },

    /**
     * The contract of a selected application of Bondy, 450 000 € over 36 months signed on
     * 1 June 2025, with the committed project it opened.
     */
    async contract() {
      const edition = await this.edition();
      const application = await this.application({ editionId: edition.id, status: "selected" });
      const project = await prisma.project.create({
        select: { id: true },
        data: {
          slug: `projet-${unique()}`,
          title: application.title,
          programmeId: edition.programmeId,
          editionId: edition.id,
          communeInseeCode: application.communeInseeCode,
          status: "committed",
        },
      });
      await prisma.application.update({
        select: { id: true },
        where: { id: application.id },
        data: { projectId: project.id, version: { increment: 1 } },
      });
      return prisma.contract.create({
        select: { id: true, version: true, projectId: true, applicationId: true },
        data: {
          projectId: project.id,
          applicationId: application.id,
          reference: `CMD-${unique()}`,
          parties: "Métropole du Grand Paris ; Ville de Bondy",
          signedOn: date("2025-06-01"),
          amountCents: 45_000_000n,
          durationMonths: 36,
        },
      });
    },
  };
}
