import type { PlanItemKind, PlanItemStatus } from "@cvv/domain/project-plan";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";

/**
 * The plans of three demo projects (Bagnolet, Bondy — the demo contributor's commune — and
 * Villejuif): actions and milestones from the start of the project to 2027, some done, some
 * under way, one late in each plan, so that every state of the plan page has something to show.
 * Titles, owners and dates are illustrative.
 */

type Db = PrismaClient | Prisma.TransactionClient;

interface DemoPlanItem {
  /** Names the item for the dependencies of the plan's later items. */
  key: string;
  kind: PlanItemKind;
  title: string;
  owner: string;
  description?: string;
  startsOn?: string;
  dueOn: string;
  status: PlanItemStatus;
  progress: number;
  completedOn?: string;
  dependsOn?: string[];
}

const plans: Record<string, DemoPlanItem[]> = {
  // Bondy: « Cœur de ville de Bondy : commerces et espaces publics ».
  "93010": [
    {
      key: "diagnostic",
      kind: "action",
      title: "Diagnostic commercial du centre-ville",
      owner: "Manager de centre-ville",
      description: "Relevé des cellules, enquête auprès des clients du marché et des commerçants sédentaires.",
      startsOn: "2020-02-03",
      dueOn: "2020-06-30",
      status: "done",
      progress: 100,
      completedOn: "2020-06-26",
    },
    {
      key: "copil",
      kind: "milestone",
      title: "Programme d'actions validé en comité de pilotage",
      owner: "Comité de pilotage (Ville, Métropole, CCI)",
      dueOn: "2020-10-15",
      status: "done",
      progress: 100,
      completedOn: "2020-10-15",
      dependsOn: ["diagnostic"],
    },
    {
      key: "manager",
      kind: "action",
      title: "Recrutement du manager de centre-ville",
      owner: "Direction des ressources humaines",
      startsOn: "2020-11-02",
      dueOn: "2021-03-31",
      status: "done",
      progress: 100,
      completedOn: "2021-03-15",
      dependsOn: ["copil"],
    },
    {
      key: "travaux",
      kind: "action",
      title: "Requalification des abords du marché",
      owner: "Direction des services techniques",
      description: "Élargissement des trottoirs, reprise de l'éclairage et des emplacements de livraison.",
      startsOn: "2024-09-02",
      dueOn: "2026-10-30",
      status: "in_progress",
      progress: 70,
      dependsOn: ["copil"],
    },
    {
      key: "numerique",
      kind: "action",
      title: "Accompagnement numérique des commerçants",
      owner: "CCI Paris Île-de-France",
      startsOn: "2025-01-13",
      dueOn: "2027-06-30",
      status: "in_progress",
      progress: 45,
      dependsOn: ["manager"],
    },
    {
      key: "inauguration",
      kind: "milestone",
      title: "Inauguration des abords du marché",
      owner: "Cabinet du maire",
      dueOn: "2027-03-20",
      status: "planned",
      progress: 0,
      dependsOn: ["travaux"],
    },
  ],
  // Bagnolet: « Revitalisation de la rue Sadi-Carnot ».
  "93006": [
    {
      key: "etude",
      kind: "action",
      title: "Étude de programmation commerciale de la rue Sadi-Carnot",
      owner: "Cabinet d'études retenu",
      startsOn: "2021-01-11",
      dueOn: "2021-07-09",
      status: "done",
      progress: 100,
      completedOn: "2021-07-02",
    },
    {
      key: "acquisition",
      kind: "action",
      title: "Acquisition de trois cellules vacantes par la foncière",
      owner: "Foncière commerciale d'Est Ensemble",
      startsOn: "2025-03-03",
      dueOn: "2026-09-30",
      status: "in_progress",
      progress: 80,
      dependsOn: ["etude"],
    },
    {
      key: "appel",
      kind: "action",
      title: "Appel à candidatures pour les futurs commerces",
      owner: "Manager de centre-ville",
      startsOn: "2026-10-01",
      dueOn: "2027-01-29",
      status: "in_progress",
      progress: 30,
      dependsOn: ["acquisition"],
    },
    {
      key: "ouverture",
      kind: "milestone",
      title: "Ouverture des premières boutiques",
      owner: "Ville de Bagnolet",
      dueOn: "2027-04-15",
      status: "planned",
      progress: 0,
      dependsOn: ["appel"],
    },
  ],
  // Villejuif: « Villejuif, cœur de ville ».
  "94076": [
    {
      key: "merchandising",
      kind: "action",
      title: "Plan de merchandising de l'avenue de Paris",
      owner: "Service du développement économique",
      startsOn: "2022-05-02",
      dueOn: "2022-12-16",
      status: "done",
      progress: 100,
      completedOn: "2022-12-16",
    },
    {
      key: "comite",
      kind: "milestone",
      title: "Charte de chantier signée avec la Société des grands projets",
      owner: "Direction générale des services",
      dueOn: "2023-03-30",
      status: "done",
      progress: 100,
      completedOn: "2023-04-06",
    },
    {
      key: "fonds",
      kind: "action",
      title: "Aide aux commerçants riverains des travaux du métro",
      owner: "Service du développement économique",
      startsOn: "2023-04-03",
      dueOn: "2026-06-30",
      status: "in_progress",
      progress: 85,
      dependsOn: ["comite"],
    },
    {
      key: "campagne",
      kind: "action",
      title: "Campagne « Villejuif, mes commerces »",
      owner: "Direction de la communication",
      startsOn: "2027-01-11",
      dueOn: "2027-05-28",
      status: "planned",
      progress: 0,
      dependsOn: ["merchandising"],
    },
    {
      key: "bilan",
      kind: "milestone",
      title: "Bilan du plan d'actions en comité de pilotage",
      owner: "Comité de pilotage (Ville, Métropole)",
      dueOn: "2027-09-23",
      status: "planned",
      progress: 0,
      dependsOn: ["fonds", "campagne"],
    },
  ],
};

const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Adds the demo plans to the demo projects of those communes; a project that already has a plan is left as it is. */
export async function loadDemoPlan(db: Db, projects: readonly { id: string; communeInseeCode: string }[]) {
  for (const project of projects) {
    const items = plans[project.communeInseeCode];
    if (!items || (await db.planItem.count({ where: { projectId: project.id } })) > 0) continue;
    const ids = new Map<string, string>();
    for (const item of items) {
      const created = await db.planItem.create({
        select: { id: true },
        data: {
          projectId: project.id,
          kind: item.kind,
          title: item.title,
          owner: item.owner,
          description: item.description ?? "",
          startsOn: item.startsOn ? date(item.startsOn) : null,
          dueOn: date(item.dueOn),
          status: item.status,
          progress: item.progress,
          completedOn: item.completedOn ? date(item.completedOn) : null,
        },
      });
      ids.set(item.key, created.id);
    }
    await db.planItemDependency.createMany({
      data: items.flatMap((item) =>
        (item.dependsOn ?? []).map((key) => ({ itemId: ids.get(item.key)!, dependsOnId: ids.get(key)! })),
      ),
    });
  }
}
