import type { ApplicationStatus } from "@cvv/domain/applications";
import type { ProjectTheme } from "@cvv/domain/projects";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";

/**
 * The calls for applications of the demo programme: themes and perimeters on the demo projects,
 * an edition open all this year (so the demo contributor, Bondy, can apply), and applications in
 * each state of the workflow — Bondy's 2019 application selected, with the contract that opened
 * its project. Communes, notes and figures are illustrative. Runs once however often it is called.
 */

type Db = PrismaClient | Prisma.TransactionClient;

const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const projectThemes: Record<string, { themes: ProjectTheme[]; perimeter: string }> = {
  "93006": {
    themes: ["commerce", "espace_public"],
    perimeter: "Rue Sadi-Carnot, de la mairie à la place Salvador-Allende",
  },
  "93010": {
    themes: ["commerce", "espace_public", "mobilite"],
    perimeter: "Abords du marché, avenue Gallieni et rue Jean-Jaurès",
  },
  "93029": { themes: ["commerce", "production_locale"], perimeter: "Avenue Henri-Barbusse et place de la halle" },
  "92036": { themes: ["commerce", "artisanat"], perimeter: "Avenue Gabriel-Péri, du centre administratif au marché" },
  "94037": { themes: ["commerce", "espace_public"], perimeter: "Place Henri-Barbusse et rue Charles-Frérot" },
  "94043": { themes: ["commerce", "mobilite"], perimeter: "Avenue de Fontainebleau" },
  "92071": { themes: ["commerce", "artisanat"], perimeter: "Rue Houdan, rue piétonne historique" },
  "93072": { themes: ["artisanat", "ess"], perimeter: "Centre-ville, autour de la place du Marché" },
  "94076": { themes: ["commerce", "mobilite"], perimeter: "Quartier de la future gare, rue Jean-Jaurès" },
  "94081": { themes: ["commerce", "production_locale"], perimeter: "Marché couvert et avenue Paul-Vaillant-Couturier" },
  "94001": { themes: ["commerce", "habitat"], perimeter: "Vieux village, rue du Maréchal-Foch" },
  "93048": {
    themes: ["economie_de_la_reparation", "seconde_main", "ess"],
    perimeter: "Croix-de-Chavaux et rue de Paris",
  },
  "93070": { themes: ["metiers_d_art", "artisanat"], perimeter: "Marché aux Puces et rue des Rosiers" },
  "92024": { themes: ["commerce"], perimeter: "Boulevard Jean-Jaurès" },
  "93055": { themes: ["production_locale", "tiers_lieux", "commerce"], perimeter: "Quartier des Quatre-Chemins" },
  "94041": { themes: ["economie_de_la_reparation", "ess"], perimeter: "Centre-ville et rue Marat" },
  "94022": { themes: ["commerce"], perimeter: "Abords de la gare RER" },
  "93005": { themes: ["commerce", "habitat"], perimeter: "Vieux pays, rue Jacques-Duclos" },
  "93053": { themes: ["production_locale", "commerce"], perimeter: "Place du marché et rue Jean-Jaurès" },
  "94017": { themes: ["commerce", "culture"], perimeter: "Centre-ville et bords de Marne" },
};

interface DemoApplication {
  edition: 2019 | 2021 | "open";
  commune: string;
  title: string;
  summary: string;
  themes: ProjectTheme[];
  perimeter: string;
  budgetEuros: number;
  status: ApplicationStatus;
  submittedOn: string | null;
  eligibilityNote?: string;
  decidedOn?: string;
  decisionNote?: string;
  /** For the selected one: the contract that opened its demo project, of that edition and commune. */
  contract?: { reference: string; parties: string; signedOn: string; amountEuros: number; durationMonths: number };
}

function applicationsFor(openYear: number): DemoApplication[] {
  return [
    {
      edition: 2019,
      commune: "93010",
      title: "Cœur de ville de Bondy : commerces et espaces publics",
      summary: "Requalification des abords du marché et accompagnement des commerçants.",
      themes: projectThemes["93010"]!.themes,
      perimeter: projectThemes["93010"]!.perimeter,
      budgetEuros: 1_200_000,
      status: "selected",
      submittedOn: "2019-04-12",
      eligibilityNote: "Dossier complet.",
      decidedOn: "2019-06-20",
      decisionNote: "Retenue par le comité de sélection : diagnostic solide, portage politique affirmé.",
      contract: {
        reference: "CMD-2019-002",
        parties: "Métropole du Grand Paris ; Ville de Bondy",
        signedOn: "2019-11-18",
        amountEuros: 450_000,
        durationMonths: 48,
      },
    },
    {
      edition: 2021,
      commune: "93064",
      title: "Rosny-sous-Bois : animation du centre commercial régional",
      summary: "Animation commerciale de la galerie du centre commercial régional.",
      themes: ["commerce"],
      perimeter: "Galerie du centre commercial régional",
      budgetEuros: 300_000,
      status: "ineligible",
      submittedOn: "2021-06-25",
      eligibilityNote:
        "Le périmètre proposé est un centre commercial périphérique, pas un centre-ville : il n'entre pas dans le champ de l'appel à candidatures.",
    },
    {
      edition: 2021,
      commune: "93063",
      title: "Romainville : rue de Paris commerçante",
      summary: "Préemption de baux commerciaux et aide à l'installation.",
      themes: ["commerce", "habitat"],
      perimeter: "Rue de Paris, de la mairie au marché",
      budgetEuros: 650_000,
      status: "rejected",
      submittedOn: "2021-06-28",
      eligibilityNote: "Dossier complet.",
      decidedOn: "2021-09-14",
      decisionNote:
        "Non retenue : le plan de financement reste à consolider ; la commune est invitée à candidater de nouveau.",
    },
    {
      edition: "open",
      commune: "93008",
      title: "Bobigny : commerces et services autour du tramway",
      summary: "Reconquête des rez-de-chaussée vacants le long du tramway et dans la dalle Karl-Marx.",
      themes: ["commerce", "espace_public", "mobilite"],
      perimeter: "Avenue Paul-Vaillant-Couturier et dalle Karl-Marx",
      budgetEuros: 800_000,
      status: "submitted",
      submittedOn: `${openYear}-01-20`,
    },
    {
      edition: "open",
      commune: "93045",
      title: "Les Lilas : boutiques de seconde main et réparation",
      summary: "Un réseau de boutiques de seconde main et d'ateliers de réparation en centre-ville.",
      themes: ["seconde_main", "economie_de_la_reparation", "ess"],
      perimeter: "Rue de Paris et place Charles-de-Gaulle",
      budgetEuros: 250_000,
      status: "eligible",
      submittedOn: `${openYear}-01-12`,
      eligibilityNote: "Dossier complet ; présentation au prochain comité de sélection.",
    },
  ];
}

export async function loadDemoApplications(
  db: Db,
  context: {
    programmeId: string;
    editions: { 2019: string; 2021: string };
    contributorId: string;
    /** The year of the open edition: the loading day's, so the demo contributor can apply now. */
    openYear: number;
  },
): Promise<void> {
  // Only projects still without themes and perimeter: an officer's later edit is never overwritten.
  for (const [communeInseeCode, tags] of Object.entries(projectThemes)) {
    await db.project.updateMany({
      where: {
        programmeId: context.programmeId,
        communeInseeCode,
        isDemo: true,
        themes: { isEmpty: true },
        perimeter: "",
      },
      data: tags,
    });
  }

  const open =
    (await db.edition.findFirst({
      select: { id: true },
      where: { programmeId: context.programmeId, status: "open" },
    })) ??
    (await db.edition.create({
      select: { id: true },
      data: {
        programmeId: context.programmeId,
        name: `Appel à candidatures ${context.openYear}`,
        year: context.openYear,
        opensOn: date(`${context.openYear}-01-01`),
        closesOn: date(`${context.openYear}-12-31`),
        status: "open",
      },
    }));
  const editionIds = { 2019: context.editions[2019], 2021: context.editions[2021], open: open.id };

  for (const demo of applicationsFor(context.openYear)) {
    const editionId = editionIds[demo.edition];
    const key = { editionId_communeInseeCode: { editionId, communeInseeCode: demo.commune } };
    if (await db.application.findUnique({ select: { id: true }, where: key })) continue;
    const project = demo.contract
      ? await db.project.findFirst({
          select: { id: true },
          where: { editionId, communeInseeCode: demo.commune, contract: null },
        })
      : null;
    const application = await db.application.create({
      select: { id: true },
      data: {
        editionId,
        communeInseeCode: demo.commune,
        title: demo.title,
        summary: demo.summary,
        motivation:
          "Le centre-ville perd ses commerces de proximité : la commune veut engager un programme d'actions avec les commerçants et les habitants. (Données de démonstration.)",
        themes: demo.themes,
        perimeter: demo.perimeter,
        estimatedBudgetCents: BigInt(demo.budgetEuros) * 100n,
        contactName: "Référent centre-ville (démo)",
        contactEmail: `centre-ville.${demo.commune}@demo.cvv.example`,
        status: demo.status,
        submittedAt: demo.submittedOn ? date(demo.submittedOn) : null,
        submittedById: demo.commune === "93010" ? context.contributorId : null,
        eligibilityNote: demo.eligibilityNote ?? "",
        decidedOn: demo.decidedOn ? date(demo.decidedOn) : null,
        decisionNote: demo.decisionNote ?? "",
        projectId: project?.id ?? null,
      },
    });
    if (demo.contract && project) {
      await db.contract.create({
        select: { id: true },
        data: {
          projectId: project.id,
          applicationId: application.id,
          reference: demo.contract.reference,
          parties: demo.contract.parties,
          signedOn: date(demo.contract.signedOn),
          amountCents: BigInt(demo.contract.amountEuros) * 100n,
          durationMonths: demo.contract.durationMonths,
        },
      });
    }
  }
}
