import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../connection/database.js";
import { factories } from "./factories.js";

const unique = () => randomBytes(4).toString("hex");
const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Fixtures for annual reports: a programme with a full year of activity, built fresh each time. */
export function reportFactories(prisma: PrismaClient) {
  return {
    /**
     * A programme with, in `year`: a crafts project in Bondy (a milestone reached, a grant of
     * 100 000 € with 40 000 € paid), an indicator with a target and approved values for the year
     * and the one before, a workshop with 3 registrations (2 present), a publication tagged
     * "réparation", and a network with one member and one meeting.
     */
    async programmeYear(input: { year?: number; indicatorValue?: number; withIndicator?: boolean } = {}) {
      const year = input.year ?? 2025;
      const u = unique();
      const f = factories(prisma);
      const programme = await prisma.programme.create({
        select: { id: true, slug: true, name: true },
        data: { slug: `programme-bilan-${u}`, name: `Programme bilan ${u}`, status: "active" },
      });
      const project = await prisma.project.create({
        select: { id: true, title: true },
        data: {
          slug: `projet-bilan-${u}`,
          title: `Recyclerie de Bondy ${u}`,
          programmeId: programme.id,
          communeInseeCode: "93010",
          status: "in_progress",
          startsOn: date(`${year}-01-15`),
          themes: ["economie_de_la_reparation", "seconde_main"],
        },
      });
      await prisma.planItem.create({
        select: { id: true },
        data: {
          projectId: project.id,
          kind: "milestone",
          title: `Ouverture de l'atelier ${u}`,
          dueOn: date(`${year}-06-30`),
          status: "done",
          progress: 100,
          completedOn: date(`${year}-06-20`),
        },
      });
      await f.grant({
        projectId: project.id,
        conventionOn: `${year}-03-15`,
        amountCents: 10_000_000n,
        payments: [{ paidOn: `${year}-09-01`, amountCents: 4_000_000n }],
      });

      let indicator: { id: string; name: string } | null = null;
      if (input.withIndicator ?? true) {
        indicator = await prisma.indicatorDefinition.create({
          select: { id: true, name: true },
          data: {
            code: `bilan_${u}`,
            name: `Cellules commerciales réoccupées ${u}`,
            unit: "cellules",
            kind: "impact",
            direction: "higher_is_better",
            frequency: "yearly",
            aggregation: "sum",
          },
        });
        await prisma.indicatorAssignment.create({
          select: { id: true },
          data: {
            indicatorId: indicator.id,
            programmeId: programme.id,
            baselineValue: 2,
            targets: { create: [{ period: String(year), value: 10 }] },
          },
        });
        const published = (period: string, value: number) =>
          prisma.indicatorValue.create({
            select: { id: true },
            data: {
              indicatorId: indicator!.id,
              communeInseeCode: "93010",
              projectId: project.id,
              period,
              value,
              status: "approved",
              publishedValue: value,
              publishedAt: new Date(),
            },
          });
        await published(String(year - 1), 4);
        await published(String(year), input.indicatorValue ?? 12);
      }

      const event = await prisma.event.create({
        select: { id: true },
        data: {
          slug: `atelier-bilan-${u}`,
          kind: "workshop",
          title: `Atelier réparation ${u}`,
          startsAt: new Date(`${year}-04-10T14:00:00.000Z`),
          endsAt: new Date(`${year}-04-10T17:00:00.000Z`),
          communeInseeCode: "93010",
          programmeId: programme.id,
          status: "published",
          projects: { create: [{ projectId: project.id }] },
        },
      });
      for (const [i, attended] of [true, true, false].entries()) {
        await prisma.eventRegistration.create({
          select: { id: true },
          data: {
            eventId: event.id,
            name: `Participant ${i}`,
            email: `participant-${i}-${u}@test.example`,
            consentAt: new Date(),
            status: "confirmed",
            tokens: { create: { tokenHash: randomBytes(32).toString("hex") } },
            attended,
          },
        });
      }
      await prisma.publication.create({
        select: { id: true },
        data: {
          slug: `publication-bilan-${u}`,
          kind: "initiative",
          title: `La réparation en centre-ville ${u}`,
          status: "published",
          publishAt: new Date(`${year}-05-02T08:00:00.000Z`),
          tags: ["Réparation"],
          projects: { create: [{ projectId: project.id }] },
        },
      });
      const member = await f.user({ role: "officer" });
      await prisma.network.create({
        select: { id: true },
        data: {
          name: `Réseau des managers ${u}`,
          kind: "town_centre_managers",
          members: { create: [{ userId: member.id, joinedOn: date(`${year}-01-10`) }] },
          meetings: { create: [{ title: "Réunion de printemps", startsAt: new Date(`${year}-03-20T09:00:00.000Z`) }] },
        },
      });
      return { programme, project, indicator, year };
    },
    /** A draft report with one snapshot holding a (fake) PDF: enough to publish it. */
    async reportWithSnapshot(input: { year?: number } = {}) {
      const year = input.year ?? 2025;
      const u = unique();
      const programme = await prisma.programme.create({
        select: { id: true, slug: true, name: true },
        data: { slug: `programme-rapport-${u}`, name: `Programme rapport ${u}`, status: "active" },
      });
      const report = await prisma.annualReport.create({
        select: { id: true, version: true },
        data: { programmeId: programme.id, year, title: `Bilan annuel ${year} — ${programme.name}` },
      });
      const file = await prisma.storedFile.create({
        select: { id: true },
        data: {
          fileName: "bilan.pdf",
          mimeType: "application/pdf",
          sizeBytes: 4,
          sha256: "0".repeat(64),
          storageKey: `2026/01/${crypto.randomUUID()}`,
        },
      });
      const snapshot = await prisma.reportSnapshot.create({
        select: { id: true },
        data: {
          reportId: report.id,
          number: 1,
          pdfFileId: file.id,
          data: {
            schemaVersion: 1,
            year,
            programme,
            generatedAt: new Date().toISOString(),
            projects: [],
            indicators: [],
            events: [],
            publications: [],
            networks: [],
            sections: [],
            crafts: { projects: [], publications: [], events: [] },
          },
        },
      });
      return { programme, report, snapshot };
    },
  };
}
