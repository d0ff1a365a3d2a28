import type { ProjectStatus } from "@cvv/domain/projects";
import { slugify } from "@cvv/domain/shared";
import type { PrismaClient } from "../generated/prisma/client.js";
import { hashPassword } from "../security/password.js";
import { newPassword } from "../security/tokens.js";
import { loadDemoIndicators } from "./demo-indicators.js";
import { loadDemoGovernance } from "./demo-governance.js";
import { loadDemoFunding } from "./demo-funding.js";
import { loadDemoPlan } from "./demo-plan.js";
import { loadDemoExperts } from "./demo-experts.js";
import { loadDemoApplications } from "./demo-applications.js";
import { loadDemoEvents } from "./demo-events.js";
import { loadDemoPublications } from "./demo-publications.js";
import { loadDemoGuide } from "./demo-guide.js";
import { loadDemoCommunication } from "./demo-communication.js";
import { loadDemoWatch } from "./demo-watch.js";
import { loadDemoNetwork } from "./demo-network.js";

export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

interface DemoProject {
  commune: string;
  title: string;
  summary: string;
  status: ProjectStatus;
  edition: 2019 | 2021;
  grantEuros: number;
}

// Communes are the 2019 winners the programme made public; titles and figures are illustrative.
const projects: DemoProject[] = [
  {
    commune: "93006",
    title: "Revitalisation de la rue Sadi-Carnot",
    summary: "Reconquête des cellules vacantes et animation commerciale du centre-ville.",
    status: "in_progress",
    edition: 2019,
    grantEuros: 320000,
  },
  {
    commune: "93010",
    title: "Cœur de ville de Bondy : commerces et espaces publics",
    summary: "Requalification des abords du marché et accompagnement des commerçants.",
    status: "in_progress",
    edition: 2019,
    grantEuros: 450000,
  },
  {
    commune: "93029",
    title: "Polarité commerciale de l'avenue Henri-Barbusse",
    summary: "Diversification de l'offre commerciale et création d'une halle gourmande.",
    status: "committed",
    edition: 2019,
    grantEuros: 280000,
  },
  {
    commune: "92036",
    title: "Centre-ville de Gennevilliers : boutiques à l'essai",
    summary: "Dispositif de boutiques à l'essai et manager de centre-ville mutualisé.",
    status: "completed",
    edition: 2019,
    grantEuros: 150000,
  },
  {
    commune: "94037",
    title: "Gentilly, centre-ville vivant",
    summary: "Redynamisation du centre autour de la place Henri-Barbusse.",
    status: "in_progress",
    edition: 2019,
    grantEuros: 210000,
  },
  {
    commune: "94043",
    title: "Avenue de Fontainebleau : un axe commerçant apaisé",
    summary: "Apaisement de la circulation et reconquête des rez-de-chaussée.",
    status: "committed",
    edition: 2019,
    grantEuros: 390000,
  },
  {
    commune: "92071",
    title: "Rue Houdan : commerce de proximité et patrimoine",
    summary: "Préservation de la diversité commerciale de la rue piétonne historique.",
    status: "completed",
    edition: 2019,
    grantEuros: 95000,
  },
  {
    commune: "93072",
    title: "Stains : redynamisation du centre-ville",
    summary: "Acquisition de locaux vacants et implantation d'activités artisanales.",
    status: "mature",
    edition: 2019,
    grantEuros: 500000,
  },
  {
    commune: "94076",
    title: "Villejuif, cœur de ville",
    summary: "Accompagnement du commerce pendant l'arrivée du métro et plan de merchandising.",
    status: "in_progress",
    edition: 2019,
    grantEuros: 260000,
  },
  {
    commune: "94081",
    title: "Vitry-sur-Seine : centre-ville et marché",
    summary: "Modernisation du marché couvert et signalétique commerciale.",
    status: "committed",
    edition: 2019,
    grantEuros: 340000,
  },
  {
    commune: "94001",
    title: "Ablon-sur-Seine : le commerce du vieux village",
    summary: "Étude de programmation commerciale et rénovation de vitrines.",
    status: "completed",
    edition: 2019,
    grantEuros: 14000,
  },
  {
    commune: "93048",
    title: "Montreuil : économie circulaire en centre-ville",
    summary: "Ressourcerie et ateliers de réparation en pied d'immeuble.",
    status: "planned",
    edition: 2021,
    grantEuros: 180000,
  },
  {
    commune: "93070",
    title: "Saint-Ouen : parcours des métiers d'art",
    summary: "Installation d'artisans d'art dans des locaux vacants autour des Puces.",
    status: "mature",
    edition: 2021,
    grantEuros: 240000,
  },
  {
    commune: "92024",
    title: "Clichy : boulevard Jean-Jaurès commerçant",
    summary: "Observatoire du commerce et accompagnement numérique des commerçants.",
    status: "in_progress",
    edition: 2021,
    grantEuros: 120000,
  },
  {
    commune: "93055",
    title: "Pantin : quatre-chemins, commerce et tiers-lieu",
    summary: "Tiers-lieu de production locale et boutiques éphémères.",
    status: "committed",
    edition: 2021,
    grantEuros: 275000,
  },
  {
    commune: "94041",
    title: "Ivry-sur-Seine : centre-ville et réparation",
    summary: "Soutien aux réparateurs labellisés Répar'Acteurs.",
    status: "planned",
    edition: 2021,
    grantEuros: 90000,
  },
  {
    commune: "94022",
    title: "Choisy-le-Roi : rives commerçantes",
    summary: "Reconquête commerciale des abords de la gare.",
    status: "abandoned",
    edition: 2021,
    grantEuros: 0,
  },
  {
    commune: "93005",
    title: "Aulnay-sous-Bois : vieux pays vivant",
    summary: "Animation commerciale et rénovation de façades.",
    status: "mature",
    edition: 2021,
    grantEuros: 160000,
  },
  {
    commune: "93053",
    title: "Noisy-le-Sec : centre-ville et halle",
    summary: "Création d'une halle alimentaire et d'un marché de producteurs.",
    status: "committed",
    edition: 2021,
    grantEuros: 300000,
  },
  {
    commune: "94017",
    title: "Champigny-sur-Marne : centre et bords de Marne",
    summary: "Foncière commerciale et accompagnement des porteurs de projet.",
    status: "in_progress",
    edition: 2021,
    grantEuros: 410000,
  },
];

/**
 * Demo data for a first look: marked `isDemo`, never loaded in production (the caller checks),
 * loaded only into an empty database. Returns the demo accounts, whose passwords exist nowhere else.
 */
export async function loadDemoData(prisma: PrismaClient): Promise<DemoAccount[] | null> {
  if ((await prisma.user.count()) > 0 || (await prisma.programme.count()) > 0) return null;

  const accounts: DemoAccount[] = [
    { role: "Administrateur", email: "admin@demo.cvv.example", password: newPassword() },
    { role: "Chargée de mission", email: "chargee.mission@demo.cvv.example", password: newPassword() },
    { role: "Contributeur communal (Bondy)", email: "referent.bondy@demo.cvv.example", password: newPassword() },
    { role: "Partenaire (guide)", email: "partenaire@demo.cvv.example", password: newPassword() },
  ];
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));

  await prisma.$transaction(
    async (tx) => {
      const admin = await tx.user.create({
        select: { id: true },
        data: {
          email: accounts[0]!.email,
          displayName: "Alex Martin (démo)",
          role: "admin",
          passwordHash: hashes[0]!,
          isDemo: true,
        },
      });
      const officer = await tx.user.create({
        select: { id: true },
        data: {
          email: accounts[1]!.email,
          displayName: "Camille Durand (démo)",
          role: "officer",
          passwordHash: hashes[1]!,
          isDemo: true,
        },
      });
      const contributor = await tx.user.create({
        select: { id: true },
        data: {
          email: accounts[2]!.email,
          displayName: "Sami Benali (démo, Bondy)",
          role: "contributor",
          passwordHash: hashes[2]!,
          isDemo: true,
          communes: { create: [{ communeInseeCode: "93010" }] },
        },
      });
      void admin;

      const programme = await tx.programme.create({
        select: { id: true },
        data: {
          slug: "centres-villes-vivants",
          name: "Centres-villes vivants",
          summary:
            "Programme de la Métropole du Grand Paris pour la revitalisation des centres-villes et du commerce de proximité des communes métropolitaines.",
          objectives:
            "Soutenir les projets de revitalisation des centres-villes, du stade de l'étude à celui des travaux ; animer le réseau des managers de centre-ville ; observer l'attractivité commerciale.",
          budgetEuros: 15_000_000n,
          startsOn: new Date("2017-01-01"),
          status: "active",
          isDemo: true,
        },
      });
      await tx.programme.create({
        select: { id: true },
        data: {
          slug: "reseau-metiers-d-art-ess",
          name: "Réseau métropolitain des métiers d'art et de l'ESS de proximité",
          summary:
            "Réseau des acteurs de l'artisanat d'art, de la réparation, du réemploi et de l'économie sociale et solidaire.",
          status: "draft",
          isDemo: true,
        },
      });
      const edition2019 = await tx.edition.create({
        select: { id: true },
        data: {
          programmeId: programme.id,
          name: "Appel à manifestation d'intérêt 2019",
          year: 2019,
          opensOn: new Date("2019-01-15"),
          closesOn: new Date("2019-04-30"),
          status: "closed",
        },
      });
      const edition2021 = await tx.edition.create({
        select: { id: true },
        data: {
          programmeId: programme.id,
          name: "Édition 2021 : FIMACS",
          year: 2021,
          opensOn: new Date("2021-03-01"),
          closesOn: new Date("2021-06-30"),
          status: "closed",
        },
      });

      const demoProjects: { id: string; communeInseeCode: string; grantEuros: number }[] = [];
      for (const [i, p] of projects.entries()) {
        const project = await tx.project.create({
          select: { id: true },
          data: {
            slug: slugify(p.title),
            title: p.title,
            summary: p.summary,
            description: `${p.summary}\n\nSubvention métropolitaine envisagée : ${p.grantEuros.toLocaleString("fr-FR")} €. (Données de démonstration.)`,
            status: p.status,
            programmeId: programme.id,
            editionId: p.edition === 2019 ? edition2019.id : edition2021.id,
            communeInseeCode: p.commune,
            startsOn: new Date(`${p.edition + 1}-01-01`),
            isDemo: true,
          },
        });
        demoProjects.push({ id: project.id, communeInseeCode: p.commune, grantEuros: p.grantEuros });
        const authorId = p.commune === "93010" ? contributor.id : null;
        const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n + i));
        await tx.projectUpdate.create({
          select: { id: true },
          data: {
            projectId: project.id,
            authorId,
            title: "Lancement du projet",
            body: "Le comité de pilotage a validé le programme d'actions et le calendrier. Le manager de centre-ville a pris ses fonctions.",
            status: "approved",
            submittedAt: day(0),
            reviewedAt: day(3),
            publishedAt: day(3),
            reviews: { create: [{ reviewerId: officer.id, decision: "approved", createdAt: day(3) }] },
          },
        });
        // Every workflow state appears somewhere, so each screen has something to show.
        const state = (["submitted", "returned", "draft", "approved"] as const)[i % 4];
        if (state === "approved") {
          await tx.projectUpdate.create({
            select: { id: true },
            data: {
              projectId: project.id,
              authorId,
              title: "Premier bilan des actions",
              body: "Trois cellules commerciales vacantes ont retrouvé preneur ; une animation de fin d'année a réuni les commerçants.",
              status: "approved",
              submittedAt: day(90),
              reviewedAt: day(95),
              publishedAt: day(95),
              reviews: { create: [{ reviewerId: officer.id, decision: "approved", createdAt: day(95) }] },
            },
          });
        } else if (state === "returned") {
          await tx.projectUpdate.create({
            select: { id: true },
            data: {
              projectId: project.id,
              authorId,
              title: "Point d'étape du semestre",
              body: "Les travaux ont commencé.",
              status: "returned",
              reviewComment: "Merci de préciser les actions réalisées et leur calendrier.",
              submittedAt: day(120),
              reviewedAt: day(122),
              reviews: {
                create: [
                  {
                    reviewerId: officer.id,
                    decision: "returned",
                    comment: "Merci de préciser les actions réalisées et leur calendrier.",
                    createdAt: day(122),
                  },
                ],
              },
            },
          });
        } else {
          await tx.projectUpdate.create({
            select: { id: true },
            data: {
              projectId: project.id,
              authorId,
              title: state === "submitted" ? "Avancement du trimestre" : "Brouillon : bilan annuel",
              body: "Les études de programmation commerciale sont terminées ; la consultation des commerçants a réuni 40 participants.",
              status: state,
              submittedAt: state === "submitted" ? day(150) : null,
            },
          });
        }
      }

      await loadDemoIndicators(tx, {
        programmeId: programme.id,
        projects: demoProjects,
        contributorId: contributor.id,
        officerId: officer.id,
      });
      await loadDemoGovernance(tx, { programmeId: programme.id, officerId: officer.id, projects: demoProjects });
      await loadDemoFunding(tx, { projects: demoProjects, officerId: officer.id });
      await loadDemoPlan(tx, demoProjects);
      await loadDemoExperts(tx, { projects: demoProjects, officerId: officer.id });
      await loadDemoApplications(tx, {
        programmeId: programme.id,
        editions: { 2019: edition2019.id, 2021: edition2021.id },
        contributorId: contributor.id,
        openYear: new Date().getUTCFullYear(),
      });
      // Dated around today, so the portal has events to come and news that is recent.
      const seededAt = new Date();
      await loadDemoEvents(tx, { programmeId: programme.id, projects: demoProjects, now: seededAt });
      await loadDemoPublications(tx, { projects: demoProjects, now: seededAt });
      await loadDemoCommunication(tx, { officerId: officer.id, now: seededAt });
      await loadDemoWatch(tx, { now: seededAt });

      // Partners, contacts and networks, with the chambers and Les Canaux among the partners.
      await loadDemoNetwork(tx, { officerId: officer.id, now: seededAt });
      // After the network: the demo partner belongs to one of its organisations.
      await loadDemoGuide(tx, { now: seededAt, partnerPasswordHash: hashes[3]! });
    },
    { timeout: 60_000 },
  );
  return accounts;
}
