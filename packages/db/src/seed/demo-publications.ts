import type { PublicationKind, PublicationStatus } from "@cvv/domain/publications";
import { slugify } from "@cvv/domain/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { publicationsRepository } from "../repositories/publications.repository.js";

/** Accepts the client or a transaction, so loadDemoData stays all-or-nothing. */
type Db = PrismaClient | Prisma.TransactionClient;

interface DemoPublication {
  title: string;
  kind: PublicationKind;
  status?: PublicationStatus;
  /** Days from the seed date; null for a draft, which has no date yet. */
  publishedDaysAgo: number | null;
  summary: string;
  body: string;
  tags: string[];
  communes?: string[];
  /** Demo projects linked, by their commune. */
  projectCommunes?: string[];
}

const demoNote = "_Publication de démonstration : le contenu est fictif._";

/**
 * A few publications of each kind, dated before the seed date, with the suggested tags; one
 * draft, one in review, one scheduled after the seed date and one archived, which the portal's
 * lists must never show.
 */
const publications: DemoPublication[] = [
  {
    title: "Retour sur les Assises métropolitaines du centre-ville",
    kind: "news",
    publishedDaysAgo: 40,
    summary: "450 participants, 12 ateliers et trois initiatives primées : ce qu'il faut retenir de la journée.",
    body: [
      "Les Assises ont réuni élus, managers de centre-ville et partenaires au Pavillon Baltard.",
      "",
      "## Ce qu'il faut retenir",
      "",
      "- la vacance commerciale recule dans deux tiers des communes lauréates ;",
      "- les boutiques à l'essai essaiment : **huit** nouvelles communes s'y engagent ;",
      "- un observatoire commun de la vacance sera lancé cette année.",
      "",
      "> « Le commerce de proximité est la première des infrastructures de la ville du quart d'heure. »",
      "",
      demoNote,
    ].join("\n"),
    tags: ["commerce"],
  },
  {
    title: "Trois nouvelles communes rejoignent le programme",
    kind: "news",
    publishedDaysAgo: 75,
    summary: "Le comité de sélection a retenu les candidatures de trois communes pour l'édition en cours.",
    body: ["Les projets retenus portent sur la requalification de linéaires commerciaux.", "", demoNote].join("\n"),
    tags: ["commerce"],
    communes: ["93048", "94081", "92024"],
    projectCommunes: ["93048", "94081", "92024"],
  },
  {
    title: "Le comité de pilotage fait le point sur les projets",
    kind: "news",
    publishedDaysAgo: 20,
    summary: "Avancement des projets, engagements financiers et calendrier de l'année à venir.",
    body: [
      "Le comité de pilotage a examiné l'avancement des vingt projets du programme.",
      "",
      "Consultez la [liste des projets](/programmes/centres-villes-vivants).",
      "",
      demoNote,
    ].join("\n"),
    tags: [],
  },
  {
    title: "Bondy : un atelier de réparation de vélos s'installe au marché",
    kind: "initiative",
    publishedDaysAgo: 55,
    summary: "Une association d'insertion a repris une cellule vacante face au marché.",
    body: [
      "L'atelier emploie quatre salariés en insertion et propose aussi des vélos reconditionnés.",
      "",
      "## Comment la commune a fait",
      "",
      "1. préemption du bail commercial ;",
      "2. loyer progressif pendant deux ans ;",
      "3. travaux d'aménagement financés par la Métropole.",
      "",
      demoNote,
    ].join("\n"),
    tags: ["réparation", "ESS", "seconde main"],
    communes: ["93010"],
    projectCommunes: ["93010"],
  },
  {
    title: "Gennevilliers : des boutiques à l'essai devenues pérennes",
    kind: "initiative",
    publishedDaysAgo: 110,
    summary: "Trois des cinq commerces installés à l'essai ont signé un bail commercial.",
    body: ["Une céramiste, une épicerie de produits locaux et un torréfacteur se sont installés.", "", demoNote].join(
      "\n",
    ),
    tags: ["artisanat", "métiers d'art", "production locale", "commerce"],
    communes: ["92036"],
    projectCommunes: ["92036"],
  },
  {
    title: "Bagnolet : un tiers-lieu culturel dans l'ancienne poste",
    kind: "initiative",
    publishedDaysAgo: 160,
    summary: "Café associatif, ateliers partagés et boutique de créateurs au cœur de la rue Sadi-Carnot.",
    body: [demoNote].join("\n"),
    tags: ["tiers-lieux", "ESS", "métiers d'art"],
    communes: ["93006"],
    projectCommunes: ["93006"],
  },
  {
    title: "Guide : préempter un bail commercial",
    kind: "resource",
    publishedDaysAgo: 200,
    summary: "Les étapes, les délais et les modèles de délibération pour exercer le droit de préemption commercial.",
    body: [
      "## Les étapes",
      "",
      "1. Délibérer pour créer le périmètre de sauvegarde ;",
      "2. Recevoir et instruire les déclarations de cession ;",
      "3. Rétrocéder dans les deux ans.",
      "",
      "Code de l'urbanisme, articles [L214-1 et suivants](https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006074075/LEGISCTA000006158795/).",
      "",
      demoNote,
    ].join("\n"),
    tags: ["commerce"],
  },
  {
    title: "Modèle de cahier des charges : manager de centre-ville",
    kind: "resource",
    publishedDaysAgo: 140,
    summary: "Missions, profil et indicateurs de suivi : un modèle à adapter pour recruter.",
    body: [demoNote].join("\n"),
    tags: ["commerce"],
  },
  {
    title: "Annuaire des ressourceries et repair cafés de la Métropole",
    kind: "resource",
    publishedDaysAgo: 90,
    summary: "Où réparer, donner et acheter d'occasion, commune par commune.",
    body: [demoNote].join("\n"),
    tags: ["réparation", "seconde main", "ESS"],
  },
  {
    title: "Dossier : les métiers d'art, un atout pour les centres-villes",
    kind: "thematic",
    publishedDaysAgo: 65,
    summary:
      "Ateliers-boutiques, savoir-faire visibles, tourisme de proximité : pourquoi et comment accueillir les artisans d'art.",
    body: [
      "Les métiers d'art attirent une clientèle qui vient de loin et anime les rues en semaine.",
      "",
      "## Trois leviers",
      "",
      "- des loyers adaptés aux ateliers-boutiques ;",
      "- des vitrines mutualisées ;",
      "- la présence sur les salons, comme le Carrousel des métiers d'art et de création.",
      "",
      demoNote,
    ].join("\n"),
    tags: ["métiers d'art", "artisanat", "production locale"],
  },
  {
    title: "Dossier : économie sociale et solidaire et commerce de proximité",
    kind: "thematic",
    publishedDaysAgo: 125,
    summary: "Épiceries solidaires, recycleries, cafés associatifs : l'ESS dans les rez-de-chaussée.",
    body: [demoNote].join("\n"),
    tags: ["ESS", "tiers-lieux", "seconde main"],
  },
  {
    title: "Avant-première : le bilan annuel de l'observatoire",
    kind: "news",
    status: "scheduled",
    publishedDaysAgo: -30,
    summary: "Programmée : paraîtra à la date prévue.",
    body: ["Texte en attente de publication.", "", demoNote].join("\n"),
    tags: ["commerce"],
  },
  {
    title: "Brouillon : appel à candidatures de la prochaine édition",
    kind: "news",
    status: "draft",
    publishedDaysAgo: null,
    summary: "Brouillon en cours de rédaction.",
    body: ["À compléter.", "", demoNote].join("\n"),
    tags: [],
  },
  {
    title: "En relecture : fiche pratique sur la vitrophanie",
    kind: "resource",
    status: "review",
    publishedDaysAgo: null,
    summary: "En attente de relecture.",
    body: [demoNote].join("\n"),
    tags: ["commerce"],
  },
  {
    title: "Lancement de l'appel à manifestation d'intérêt 2021",
    kind: "news",
    status: "archived",
    publishedDaysAgo: 900,
    summary: "Archivée : l'appel est clos depuis longtemps.",
    body: ["Les candidatures étaient ouvertes jusqu'au 30 juin 2021.", "", demoNote].join("\n"),
    tags: [],
  },
];

const DAY = 86_400_000;

/** Loads the demo publications once; returns how many it created. */
export async function loadDemoPublications(
  db: Db,
  ctx: { projects: { id: string; communeInseeCode: string }[]; now: Date },
): Promise<number> {
  if ((await db.publication.count({ where: { isDemo: true } })) > 0) return 0;
  const repo = publicationsRepository(db);
  for (const p of publications) {
    // Published at a quarter past nine, so dates read as a working morning's.
    const publishAt =
      p.publishedDaysAgo === null
        ? null
        : new Date(Math.floor((ctx.now.getTime() - p.publishedDaysAgo * DAY) / DAY) * DAY + 8.25 * 3600_000);
    await repo.create({
      slug: slugify(p.title),
      kind: p.kind,
      title: p.title,
      summary: p.summary,
      body: p.body,
      tags: p.tags,
      status: p.status ?? "published",
      publishAt: publishAt?.toISOString() ?? null,
      communeInseeCodes: p.communes ?? [],
      projectIds: ctx.projects.filter((x) => p.projectCommunes?.includes(x.communeInseeCode)).map((x) => x.id),
      isDemo: true,
    });
  }
  return publications.length;
}
