import {
  expertChanges,
  missionChanges,
  type CreateExpertInput,
  type DeliverableInput,
  type MissionStatus,
} from "@cvv/domain/experts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { expertsRepository } from "../repositories/experts.repository.js";
import { recordChangesRepository } from "../repositories/record-changes.repository.js";

/**
 * The demo directory: eight firms and independents the programme calls on (AMO for commerce,
 * urban designers, a métiers d'art workshop, a concertation firm, a retail-data provider…) and
 * missions of theirs on the demo projects, in every status. Names, people and addresses are
 * invented ("fictif"); SIRETs are made up, only to pass the Luhn check as a real one would.
 */

/** Accepts the client or a transaction, so loadDemoData stays all-or-nothing. */
type Db = PrismaClient | Prisma.TransactionClient;

type DemoExpert = CreateExpertInput & { key: string; dailyRate: number };

const experts: DemoExpert[] = [
  {
    key: "commerce",
    name: "Atelier Centre & Commerce (fictif)",
    kind: "amo",
    siret: "91998500200014",
    skills: ["Commerce de proximité", "Programmation commerciale", "Management de centre-ville"],
    dailyRate: 75000,
    rateNote: "Forfait diagnostic commercial : 9 000 € HT.",
    contactName: "Claire Vasseur",
    contactEmail: "contact@centre-commerce.example",
    contactPhone: "01 84 00 00 01",
    website: "https://centre-commerce.example",
    notes: "Titulaire du lot 1 de l'accord-cadre d'assistance à maîtrise d'ouvrage (données de démonstration).",
  },
  {
    key: "urbanisme",
    name: "Trame Urbaine Associés (fictif)",
    kind: "expert",
    siret: "95360060800012",
    skills: ["Urbanisme", "Espaces publics", "Design urbain"],
    dailyRate: 82000,
    contactName: "Malik Ferrand",
    contactEmail: "bonjour@trame-urbaine.example",
    contactPhone: "01 84 00 00 02",
    website: "https://trame-urbaine.example",
  },
  {
    key: "metiers-art",
    name: "Maison Fil & Verre (fictif)",
    kind: "expert",
    siret: "98430815500014",
    skills: ["Métiers d'art", "Artisanat", "Vitrines et aménagement de boutiques"],
    dailyRate: 55000,
    contactName: "Inès Roussel",
    contactEmail: "ines.roussel@fil-et-verre.example",
    contactPhone: "06 00 00 00 03",
    notes: "Connaît les réseaux d'artisans d'art de Seine-Saint-Denis.",
  },
  {
    key: "concertation",
    name: "Parole Publique Conseil (fictif)",
    kind: "provider",
    siret: "98586960100015",
    skills: ["Concertation", "Participation des habitants", "Animation d'ateliers"],
    dailyRate: 68000,
    rateNote: "Soirée de concertation animée : 1 800 € HT.",
    contactName: "Hugo Lambert",
    contactEmail: "hugo@parole-publique.example",
    contactPhone: "01 84 00 00 04",
    website: "https://parole-publique.example",
  },
  {
    key: "donnees",
    name: "Flux & Vitrines Data (fictif)",
    kind: "provider",
    siret: "91721960200013",
    skills: ["Données de fréquentation", "Observatoire du commerce", "Cartographie"],
    dailyRate: 60000,
    rateNote: "Abonnement aux comptages : 450 € HT par mois et par capteur.",
    contactName: "Sarah Nguyen",
    contactEmail: "sarah@flux-vitrines.example",
    website: "https://flux-vitrines.example",
  },
  {
    key: "fonciere",
    name: "Foncière Conseil Métropole (fictif)",
    kind: "amo",
    siret: "93746093900013",
    skills: ["Immobilier commercial", "Foncière commerciale", "Montage d'opérations"],
    dailyRate: 90000,
    contactName: "Bertrand Olivier",
    contactEmail: "b.olivier@fonciere-conseil.example",
    contactPhone: "01 84 00 00 06",
  },
  {
    key: "facades",
    name: "Signes & Façades (fictif)",
    kind: "expert",
    siret: "99337510400011",
    skills: ["Signalétique commerciale", "Rénovation de façades", "Patrimoine"],
    dailyRate: 59000,
    contactName: "Lucie Marchand",
    contactEmail: "lucie@signes-facades.example",
    notes: "N'accepte plus de nouvelles missions depuis 2025.",
    active: false,
  },
  {
    key: "reemploi",
    name: "Réemploi Solidaire Conseil (fictif)",
    kind: "expert",
    siret: "97056747500011",
    skills: ["Économie circulaire", "ESS", "Réemploi et réparation"],
    dailyRate: 52000,
    contactName: "Yanis Belkacem",
    contactEmail: "yanis@reemploi-solidaire.example",
    contactPhone: "06 00 00 00 08",
  },
];

interface DemoMission {
  expert: string;
  /** The demo project's commune. */
  commune: string;
  title: string;
  scope: string;
  days: number;
  budgetEuros: number;
  startsOn: string;
  endsOn: string;
  status: MissionStatus;
  deliverables: DeliverableInput[];
}

const missions: DemoMission[] = [
  {
    expert: "commerce",
    commune: "93006",
    title: "Diagnostic des cellules vacantes",
    scope: "Relevé des cellules vacantes de la rue Sadi-Carnot, entretiens avec les propriétaires, fiches par local.",
    days: 15,
    budgetEuros: 11250,
    startsOn: "2023-09-04",
    endsOn: "2023-12-15",
    status: "closed",
    deliverables: [{ title: "Atlas des cellules vacantes", dueOn: "2023-12-01", deliveredOn: "2023-11-28" }],
  },
  {
    expert: "commerce",
    commune: "93010",
    title: "Plan de merchandising des abords du marché",
    scope: "Cible d'activités par local, argumentaire pour les bailleurs, accompagnement de deux commissions.",
    days: 20,
    budgetEuros: 15000,
    startsOn: "2025-10-01",
    endsOn: "2026-06-30",
    status: "in_progress",
    deliverables: [
      { title: "Note de cadrage", dueOn: "2025-11-15", deliveredOn: "2025-11-12" },
      { title: "Plan de merchandising", dueOn: "2026-05-31" },
    ],
  },
  {
    expert: "metiers-art",
    commune: "93070",
    title: "Repérage d'artisans d'art pour les locaux vacants",
    scope: "Appel à candidatures auprès des artisans d'art, visites des locaux, jury avec la commune.",
    days: 12,
    budgetEuros: 6600,
    startsOn: "2026-01-12",
    endsOn: "2026-07-10",
    status: "ordered",
    deliverables: [
      { title: "Cahier des charges de l'appel à candidatures", dueOn: "2026-02-13" },
      { title: "Rapport du jury", dueOn: "2026-06-30" },
    ],
  },
  {
    expert: "donnees",
    commune: "92024",
    title: "Comptages de fréquentation du boulevard Jean-Jaurès",
    scope: "Deux capteurs pendant douze mois, tableau de bord mensuel pour l'observatoire du commerce.",
    days: 8,
    budgetEuros: 10200,
    startsOn: "2024-03-01",
    endsOn: "2025-02-28",
    status: "delivered",
    deliverables: [
      { title: "Tableau de bord de fréquentation", dueOn: "2024-04-01", deliveredOn: "2024-03-29" },
      { title: "Bilan annuel", dueOn: "2025-03-15", deliveredOn: "2025-03-10" },
    ],
  },
  {
    expert: "concertation",
    commune: "93048",
    title: "Concertation sur la ressourcerie en pied d'immeuble",
    scope: "Deux ateliers avec les habitants et les commerçants, synthèse pour le conseil municipal.",
    days: 6,
    budgetEuros: 4080,
    startsOn: "2026-03-02",
    endsOn: "2026-04-30",
    status: "proposed",
    deliverables: [{ title: "Synthèse de la concertation", dueOn: "2026-04-30" }],
  },
  {
    expert: "urbanisme",
    commune: "94081",
    title: "Esquisse des abords du marché couvert",
    scope: "Diagnostic des usages, esquisse d'aménagement et chiffrage sommaire.",
    days: 18,
    budgetEuros: 14760,
    startsOn: "2024-09-02",
    endsOn: "2025-01-31",
    status: "closed",
    deliverables: [{ title: "Esquisse et chiffrage", dueOn: "2025-01-15", deliveredOn: "2025-01-20" }],
  },
  {
    expert: "fonciere",
    commune: "93072",
    title: "Étude de préfiguration d'une foncière commerciale",
    scope: "Abandonnée : la commune a rejoint la foncière départementale.",
    days: 25,
    budgetEuros: 22500,
    startsOn: "2025-02-03",
    endsOn: "2025-07-31",
    status: "cancelled",
    deliverables: [],
  },
  {
    expert: "facades",
    commune: "92071",
    title: "Charte des devantures de la rue Houdan",
    scope: "Charte des enseignes et devantures, conseil aux commerçants pour leurs dossiers de subvention.",
    days: 10,
    budgetEuros: 5900,
    startsOn: "2022-04-04",
    endsOn: "2022-09-30",
    status: "closed",
    deliverables: [{ title: "Charte des devantures", dueOn: "2022-09-15", deliveredOn: "2022-09-12" }],
  },
];

/**
 * Loads the demo directory, once: a second call finds the demo experts and does nothing. Missions
 * whose commune has no demo project are left out. Each entry and mission gets its "created" line
 * of history, as if the officer had typed it.
 */
export async function loadDemoExperts(
  db: Db,
  ctx: { projects: { id: string; communeInseeCode: string }[]; officerId: string | null },
): Promise<void> {
  if ((await db.expert.count({ where: { isDemo: true } })) > 0) return;
  const repo = expertsRepository(db);
  const history = recordChangesRepository(db);
  const ids = new Map<string, string>();
  for (const { key, ...input } of experts) {
    const created = await repo.create({ ...input, isDemo: true });
    ids.set(key, created.id);
    await history.log({
      entity: "expert",
      entityId: created.id,
      projectId: null,
      actorId: ctx.officerId,
      action: "created",
      changes: expertChanges(null, created),
    });
  }
  for (const m of missions) {
    const project = ctx.projects.find((p) => p.communeInseeCode === m.commune);
    const expertId = ids.get(m.expert);
    if (!project || !expertId) continue;
    const created = await repo.createMission({
      expertId,
      projectId: project.id,
      title: m.title,
      scope: m.scope,
      days: m.days,
      budget: m.budgetEuros * 100,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      status: m.status,
      deliverables: m.deliverables,
    });
    await history.log({
      entity: "mission",
      entityId: created.id,
      projectId: created.projectId,
      actorId: ctx.officerId,
      action: "created",
      changes: missionChanges(null, created),
    });
  }
}
