import { contactChanges, retentionDeadline, type LegalBasis } from "@cvv/domain/contacts";
import { networkChanges, networkMeetingChanges, type NetworkKind } from "@cvv/domain/networks";
import { organisationChanges, type CreateOrganisationInput } from "@cvv/domain/partners";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { contactsRepository } from "../repositories/contacts.repository.js";
import { networksRepository } from "../repositories/networks.repository.js";
import { organisationsRepository } from "../repositories/organisations.repository.js";
import { recordChangesRepository } from "../repositories/record-changes.repository.js";

/**
 * The demo network of the local economy: the chambers, Les Canaux, an AMO, associations and
 * businesses the programme works with, about fifteen contacts (two of them last met more than
 * three years ago, so the retention rule has something to show), the four networks and a working
 * group with its meetings. People, SIRET, SIREN and RNA numbers are invented; the numbers only
 * pass their checks as real ones would.
 */

/** Accepts the client or a transaction, so loadDemoData stays all-or-nothing. */
type Db = PrismaClient | Prisma.TransactionClient;

const partners: (CreateOrganisationInput & { key: string })[] = [
  {
    key: "cci",
    name: "Chambre de commerce et d'industrie Paris Île-de-France",
    kind: "chamber",
    themes: ["Commerce", "Transmission d'entreprise"],
    website: "https://cci-paris-idf.example",
    address: "Paris",
  },
  {
    key: "cma",
    name: "Chambre des métiers et de l'artisanat d'Île-de-France",
    kind: "chamber",
    themes: ["Artisanat", "Métiers d'art"],
    website: "https://cma-idf.example",
  },
  {
    key: "canaux",
    name: "Les Canaux",
    kind: "association",
    rna: "W751234567",
    themes: ["ESS", "Économie circulaire"],
    website: "https://lescanaux.example",
    notes: "Maison des économies solidaires et innovantes (données de démonstration).",
  },
  { key: "bdt", name: "Banque des Territoires (Caisse des dépôts)", kind: "public_body", themes: ["Financement"] },
  {
    key: "amo",
    name: "Atelier Villes & Commerces (fictif)",
    kind: "amo",
    siren: "775660103",
    siret: "77566010300018",
    themes: ["Commerce", "Programmation commerciale"],
    email: "contact@villes-commerces.example",
  },
  {
    key: "repair",
    name: "Repair Café de l'Est parisien (fictif)",
    kind: "association",
    rna: "W932001234",
    themes: ["Économie de la réparation", "Seconde main"],
    communeInseeCode: "93010",
  },
  {
    key: "artisans",
    name: "Collectif des artisans d'art de Montreuil (fictif)",
    kind: "association",
    rna: "W932004321",
    themes: ["Métiers d'art"],
    communeInseeCode: "93048",
  },
  {
    key: "ressourcerie",
    name: "Ressourcerie du Canal (fictif)",
    kind: "company",
    siren: "912340106",
    siret: "91234010600018",
    themes: ["Seconde main", "ESS"],
    communeInseeCode: "93066",
  },
  {
    key: "torrefacteur",
    name: "Torréfaction des Lilas (fictif)",
    kind: "company",
    siret: "88245010900013",
    themes: ["Production locale"],
    communeInseeCode: "93045",
  },
  {
    key: "bondy",
    name: "Ville de Bondy – service du développement économique",
    kind: "commune_service",
    communeInseeCode: "93010",
    themes: ["Commerce"],
  },
];

interface DemoContact {
  key: string;
  partner: string | null;
  firstName: string;
  lastName: string;
  jobTitle: string;
  legalBasis: LegalBasis;
  /** Days before the seeding date of the last contact. */
  lastContactDaysAgo: number;
}

const YEAR = 365;
const contacts: DemoContact[] = [
  {
    key: "cci-1",
    partner: "cci",
    firstName: "Nadia",
    lastName: "Benhamou",
    jobTitle: "Conseillère commerce",
    legalBasis: "public_task",
    lastContactDaysAgo: 12,
  },
  {
    key: "cci-2",
    partner: "cci",
    firstName: "Inès",
    lastName: "Morel",
    jobTitle: "Chargée de mission transmission",
    legalBasis: "public_task",
    lastContactDaysAgo: 95,
  },
  {
    key: "cma-1",
    partner: "cma",
    firstName: "Thomas",
    lastName: "Roussel",
    jobTitle: "Responsable métiers d'art",
    legalBasis: "public_task",
    lastContactDaysAgo: 30,
  },
  {
    key: "cma-2",
    partner: "cma",
    firstName: "Élodie",
    lastName: "Garnier",
    jobTitle: "Conseillère artisanat",
    legalBasis: "public_task",
    lastContactDaysAgo: 200,
  },
  {
    key: "canaux-1",
    partner: "canaux",
    firstName: "Samir",
    lastName: "Haddad",
    jobTitle: "Coordinateur",
    legalBasis: "legitimate_interest",
    lastContactDaysAgo: 45,
  },
  {
    key: "amo-1",
    partner: "amo",
    firstName: "Claire",
    lastName: "Vasseur",
    jobTitle: "Directrice d'études",
    legalBasis: "contract",
    lastContactDaysAgo: 8,
  },
  {
    key: "repair-1",
    partner: "repair",
    firstName: "Lucas",
    lastName: "Petit",
    jobTitle: "Président",
    legalBasis: "consent",
    lastContactDaysAgo: 60,
  },
  {
    key: "artisans-1",
    partner: "artisans",
    firstName: "Margot",
    lastName: "Leroy",
    jobTitle: "Céramiste, référente du collectif",
    legalBasis: "consent",
    lastContactDaysAgo: 150,
  },
  {
    key: "ressourcerie-1",
    partner: "ressourcerie",
    firstName: "Yanis",
    lastName: "Bouzid",
    jobTitle: "Gérant",
    legalBasis: "legitimate_interest",
    lastContactDaysAgo: 20,
  },
  {
    key: "torrefacteur-1",
    partner: "torrefacteur",
    firstName: "Julie",
    lastName: "Fontaine",
    jobTitle: "Fondatrice",
    legalBasis: "consent",
    lastContactDaysAgo: 400,
  },
  {
    key: "bondy-1",
    partner: "bondy",
    firstName: "Karim",
    lastName: "Belkacem",
    jobTitle: "Manager de centre-ville",
    legalBasis: "public_task",
    lastContactDaysAgo: 5,
  },
  {
    key: "manager-2",
    partner: null,
    firstName: "Sophie",
    lastName: "Marchand",
    jobTitle: "Manager de centre-ville, Gentilly",
    legalBasis: "public_task",
    lastContactDaysAgo: 70,
  },
  {
    key: "manager-3",
    partner: null,
    firstName: "Antoine",
    lastName: "Chevalier",
    jobTitle: "Manager de commerce, Bagnolet",
    legalBasis: "public_task",
    lastContactDaysAgo: 110,
  },
  // Last met more than three years ago: what the retention preview shows on a fresh demo.
  {
    key: "old-1",
    partner: "cci",
    firstName: "Bernard",
    lastName: "Lemoine",
    jobTitle: "Ancien conseiller",
    legalBasis: "legitimate_interest",
    lastContactDaysAgo: 3 * YEAR + 60,
  },
  {
    key: "old-2",
    partner: "artisans",
    firstName: "Odile",
    lastName: "Marchetti",
    jobTitle: "Ancienne trésorière",
    legalBasis: "consent",
    lastContactDaysAgo: 3 * YEAR + 200,
  },
];

const networks: { key: string; name: string; kind: NetworkKind; description: string; members: string[] }[] = [
  {
    key: "managers",
    name: "Managers de centre-ville",
    kind: "town_centre_managers",
    description:
      "Les managers de centre-ville et de commerce des communes du programme : échanges de pratiques chaque trimestre.",
    members: ["bondy-1", "manager-2", "manager-3"],
  },
  {
    key: "craft",
    name: "Référents métiers d'art",
    kind: "craft_referents",
    description: "Les référents métiers d'art des chambres et des collectifs d'artisans.",
    members: ["cma-1", "artisans-1", "old-2"],
  },
  {
    key: "experts",
    name: "Experts",
    kind: "experts",
    description: "Les AMO et experts mobilisables par les communes.",
    members: ["amo-1"],
  },
  {
    key: "partners",
    name: "Partenaires",
    kind: "partners",
    description: "Les partenaires institutionnels et associatifs du programme.",
    members: ["cci-1", "cma-2", "canaux-1", "ressourcerie-1", "old-1"],
  },
];

const isoDaysBefore = (now: Date, days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
const daysFrom = (now: Date, days: number, hourUtc: number) => {
  const date = new Date(now.getTime() + days * 86_400_000);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date.toISOString();
};

/**
 * Loads the demo network once (a second call finds the demo networks and does nothing). Dates are
 * counted from `now`, so the two old contacts are due for anonymisation whenever the demo starts.
 */
export async function loadDemoNetwork(db: Db, options: { officerId: string | null; now: Date }): Promise<void> {
  if ((await db.network.count({ where: { isDemo: true } })) > 0) return;
  const { officerId, now } = options;
  const history = recordChangesRepository(db);
  const log = (entity: "organisation" | "contact" | "network" | "network-meeting", entityId: string, changes: object) =>
    history.log({
      entity,
      entityId,
      projectId: null,
      actorId: officerId,
      action: "created",
      changes: changes as never,
    });

  const partnerIds = new Map<string, string>();
  for (const { key, ...partner } of partners) {
    const created = await organisationsRepository(db).create({ ...partner, isDemo: true });
    partnerIds.set(key, created.id);
    await log("organisation", created.id, organisationChanges(null, created));
  }

  const contactIds = new Map<string, string>();
  for (const c of contacts) {
    const lastContactAt = isoDaysBefore(now, c.lastContactDaysAgo);
    // The notice was given at the first contact, a little before the last one.
    const noticeGivenAt = new Date(`${isoDaysBefore(now, c.lastContactDaysAgo + 30)}T09:00:00.000Z`);
    const login = `${c.firstName}.${c.lastName}`
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    const created = await contactsRepository(db).create({
      organisationId: c.partner ? (partnerIds.get(c.partner) ?? null) : null,
      firstName: c.firstName,
      lastName: c.lastName,
      jobTitle: c.jobTitle,
      email: `${login}@demo.cvv.example`,
      phone: "",
      legalBasis: c.legalBasis,
      noticeGivenAt,
      consentAt: c.legalBasis === "consent" ? noticeGivenAt : null,
      lastContactAt,
      notes:
        retentionDeadline(lastContactAt) <= now.toISOString().slice(0, 10) ? "Plus de nouvelles depuis longtemps." : "",
      isDemo: true,
    });
    contactIds.set(c.key, created.id);
    await log("contact", created.id, contactChanges(null, created));
  }

  const repo = networksRepository(db);
  const networkIds = new Map<string, string>();
  for (const n of networks) {
    const created = await repo.create({ name: n.name, kind: n.kind, description: n.description, isDemo: true });
    networkIds.set(n.key, created.id);
    await log("network", created.id, networkChanges(null, created));
    for (const member of n.members) {
      await repo.addMember({ networkId: created.id, contactId: contactIds.get(member)!, userId: null, role: "membre" });
    }
  }
  if (officerId) {
    await repo.addMember({
      networkId: networkIds.get("partners")!,
      contactId: null,
      userId: officerId,
      role: "animatrice",
    });
  }

  const group = await repo.create({
    name: "Groupe de travail « Vitrines vacantes »",
    kind: "working_group",
    description:
      "Recenser les locaux vacants des centres-villes et partager les outils de reconquête (baux, foncières).",
    parentId: networkIds.get("managers")!,
    isDemo: true,
  });
  await log("network", group.id, networkChanges(null, group));
  for (const member of ["bondy-1", "manager-2", "cci-1"]) {
    await repo.addMember({ networkId: group.id, contactId: contactIds.get(member)!, userId: null, role: "membre" });
  }
  for (const meeting of [
    {
      title: "Lancement du groupe de travail",
      startsAt: daysFrom(now, -40, 13),
      place: "Métropole du Grand Paris, salle 2",
      agenda: "1. Tour de table\n2. Recensement des locaux vacants\n3. Calendrier",
      notes: "Huit participants. Chaque commune transmet la liste de ses locaux vacants avant la prochaine réunion.",
    },
    {
      title: "Atelier baux commerciaux et foncières",
      startsAt: daysFrom(now, 25, 13),
      place: "Hôtel de ville de Bondy",
      agenda: "1. Retour sur le recensement\n2. Intervention d'une foncière de redynamisation\n3. Suites",
      notes: "",
    },
  ]) {
    const created = await repo.createMeeting({ networkId: group.id, ...meeting });
    await log("network-meeting", created.id, networkMeetingChanges(null, created));
  }
}
