import { parisDateTime, parisDayOf, type EventKind, type EventStatus } from "@cvv/domain/events";
import { slugify } from "@cvv/domain/shared";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { eventsRepository } from "../repositories/events.repository.js";

/** Accepts the client or a transaction, so loadDemoData stays all-or-nothing. */
type Db = PrismaClient | Prisma.TransactionClient;

/** A Paris wall-clock moment: a day and an hour, computed from the seed date when loaded. */
type When = { relativeDays: number } | { yearly: { month: number; day: number } };

interface DemoEvent {
  title: string;
  kind: EventKind;
  when: When;
  /** Paris time, "HH:MM". */
  starts: string;
  ends: string;
  /** For events of several days. */
  days?: number;
  place: string;
  address: string;
  commune: string | null;
  capacity: number | null;
  status?: EventStatus;
  summary: string;
  description: string;
  /** Demo projects linked, by their commune. */
  projectCommunes?: string[];
  /** Yearly events carry their year in the title: "Assises … 2026". */
  withYear?: boolean;
}

const demoNote = "_Événement de démonstration : le contenu est fictif._";

/**
 * The programme's year of events around the seed date: the yearly fixtures (Assises, the trade
 * fairs the Métropole attends) at their usual time of year, and workshops, site visits and
 * meet-ups of the managers' network before and after it. One is cancelled, one a draft that the
 * portal must never show. Places and programmes are illustrative.
 */
const events: DemoEvent[] = [
  {
    title: "Assises métropolitaines du centre-ville",
    withYear: true,
    kind: "assises",
    when: { yearly: { month: 10, day: 8 } },
    starts: "09:00",
    ends: "17:30",
    place: "Pavillon Baltard",
    address: "12 avenue Victor-Hugo, 94130 Nogent-sur-Marne",
    commune: "94052",
    capacity: 450,
    summary: "La journée annuelle des élus, des managers de centre-ville et des partenaires du programme.",
    description: [
      "Les Assises réunissent chaque année les communes lauréates, leurs managers de centre-ville et les partenaires du programme.",
      "",
      "## Au programme",
      "",
      "- **Matinée** : bilan de l'année et chiffres clés de la vacance commerciale dans la Métropole ;",
      "- **Après-midi** : ateliers en parallèle (foncier commercial, animation, commerce et ESS) ;",
      "- **17 h** : remise des prix des initiatives de l'année.",
      "",
      demoNote,
    ].join("\n"),
  },
  {
    title: "Atelier : vitrines vacantes, les outils de la commune",
    kind: "workshop",
    when: { relativeDays: -130 },
    starts: "14:00",
    ends: "17:00",
    place: "Hôtel de ville de Bondy, salle du conseil",
    address: "Esplanade Claude-Fuzier, 93140 Bondy",
    commune: "93010",
    capacity: 40,
    summary: "Droit de préemption commercial, taxe sur les friches, vitrophanie : retours d'expérience.",
    description: [
      "Un atelier pratique pour les services développement économique et urbanisme.",
      "",
      "## Thèmes",
      "",
      "1. Le droit de préemption sur les fonds et baux commerciaux ;",
      "2. La taxe annuelle sur les friches commerciales ;",
      "3. Habiller une vitrine vide en attendant un preneur.",
      "",
      demoNote,
    ].join("\n"),
    projectCommunes: ["93010"],
  },
  {
    title: "Visite de site : la halle gourmande de l'avenue Henri-Barbusse",
    kind: "site_visit",
    when: { relativeDays: -96 },
    starts: "10:00",
    ends: "12:00",
    place: "Devant la halle",
    address: "Avenue Henri-Barbusse, 93700 Drancy",
    commune: "93029",
    capacity: 25,
    summary: "Visite du chantier de la halle avec l'équipe municipale et l'architecte.",
    description: ["Rendez-vous devant l'entrée principale ; chaussures fermées conseillées.", "", demoNote].join("\n"),
    projectCommunes: ["93029"],
  },
  {
    title: "Rencontre des managers de centre-ville : printemps",
    kind: "meetup",
    when: { relativeDays: -68 },
    starts: "09:30",
    ends: "12:30",
    place: "Les Canaux, maison des économies solidaires et innovantes",
    address: "6 quai de la Seine, 75019 Paris",
    commune: null,
    capacity: 60,
    summary: "Le rendez-vous trimestriel du réseau des managers : échanges de pratiques et actualités.",
    description: [
      "Le réseau des managers de centre-ville se retrouve chaque trimestre.",
      "",
      "> Cette édition : les boutiques à l'essai, deux ans après.",
      "",
      demoNote,
    ].join("\n"),
  },
  {
    title: "SIEC, salon de l'immobilier commercial",
    withYear: true,
    kind: "fair",
    when: { yearly: { month: 6, day: 17 } },
    days: 2,
    starts: "09:00",
    ends: "18:00",
    place: "Paris Expo Porte de Versailles",
    address: "1 place de la Porte-de-Versailles, 75015 Paris",
    commune: null,
    capacity: null,
    summary: "La Métropole présente les locaux disponibles des centres-villes lauréats aux enseignes et foncières.",
    description: [
      "Retrouvez la Métropole du Grand Paris et les communes du programme sur leur stand.",
      "",
      "Rendez-vous possibles avec les managers de centre-ville sur inscription.",
      "",
      demoNote,
    ].join("\n"),
  },
  {
    title: "Comité de pilotage du programme",
    kind: "meeting",
    when: { relativeDays: -24 },
    starts: "10:00",
    ends: "12:00",
    place: "Métropole du Grand Paris",
    address: "15-19 avenue Pierre-Mendès-France, 75013 Paris",
    commune: null,
    capacity: null,
    summary: "Point d'étape annuel : avancement des projets, engagements financiers, calendrier.",
    description: ["Le compte rendu sera publié dans les actualités.", "", demoNote].join("\n"),
  },
  {
    title: "Atelier numérique : vendre en ligne depuis son commerce",
    kind: "workshop",
    when: { relativeDays: -9 },
    starts: "18:30",
    ends: "20:30",
    place: "Médiathèque Elsa-Triolet",
    address: "Place du 8-Mai-1945, 93170 Bagnolet",
    commune: "93006",
    capacity: 30,
    status: "cancelled",
    summary: "Annulé faute d'intervenant ; une nouvelle date sera proposée.",
    description: ["Click and collect, places de marché locales, réseaux sociaux.", "", demoNote].join("\n"),
    projectCommunes: ["93006"],
  },
  {
    title: "Visite de site : les boutiques à l'essai de Gennevilliers",
    kind: "site_visit",
    when: { relativeDays: 8 },
    starts: "10:00",
    ends: "12:30",
    place: "Office du commerce",
    address: "Place Jean-Grandel, 92230 Gennevilliers",
    commune: "92036",
    capacity: 20,
    summary: "Cinq boutiques ouvertes à l'essai, trois devenues pérennes : visite et échanges avec les commerçants.",
    description: [
      "## Déroulé",
      "",
      "- accueil par le manager de centre-ville ;",
      "- visite des cellules ;",
      "- échange avec deux commerçantes installées.",
      "",
      demoNote,
    ].join("\n"),
    projectCommunes: ["92036"],
  },
  {
    title: "Atelier : réemploi et réparation en centre-ville",
    kind: "workshop",
    when: { relativeDays: 22 },
    starts: "14:00",
    ends: "17:00",
    place: "Recyclerie du centre-ville",
    address: "Rue Jean-Jaurès, 93300 Aubervilliers",
    commune: "93001",
    capacity: 35,
    summary: "Installer une ressourcerie ou un repair café dans une cellule vacante : modèles économiques et aides.",
    description: [
      "Avec des structures de l'économie sociale et solidaire et la Chambre de métiers et de l'artisanat.",
      "",
      demoNote,
    ].join("\n"),
  },
  {
    title: "Rencontre des managers de centre-ville : automne",
    kind: "meetup",
    when: { relativeDays: 36 },
    starts: "09:30",
    ends: "12:30",
    place: "Maison de l'économie",
    address: "Rue de Fontenay, 94300 Vincennes",
    commune: "94080",
    capacity: 60,
    summary: "Observatoire de la vacance commerciale : premiers résultats et méthode commune.",
    description: [demoNote].join("\n"),
  },
  {
    title: "Carrousel des métiers d'art et de création",
    withYear: true,
    kind: "fair",
    when: { yearly: { month: 12, day: 3 } },
    days: 5,
    starts: "11:00",
    ends: "19:00",
    place: "Carrousel du Louvre",
    address: "99 rue de Rivoli, 75001 Paris",
    commune: null,
    capacity: null,
    summary: "Les artisans d'art des centres-villes métropolitains exposent sur l'espace de la Métropole.",
    description: [
      "Céramistes, ébénistes, relieurs, verriers : des ateliers installés dans les centres-villes du programme.",
      "",
      demoNote,
    ].join("\n"),
  },
  {
    title: "Franchise Expo Paris",
    withYear: true,
    kind: "fair",
    when: { yearly: { month: 3, day: 22 } },
    days: 4,
    starts: "09:30",
    ends: "18:30",
    place: "Paris Expo Porte de Versailles",
    address: "1 place de la Porte-de-Versailles, 75015 Paris",
    commune: null,
    capacity: null,
    summary: "Les communes présentent leurs centres-villes aux réseaux de franchise en recherche d'emplacements.",
    description: [demoNote].join("\n"),
  },
  {
    title: "Visite de site : le marché couvert de Saint-Maur",
    kind: "site_visit",
    when: { relativeDays: 75 },
    starts: "09:00",
    ends: "11:00",
    place: "Marché couvert",
    address: "Avenue de la République, 94100 Saint-Maur-des-Fossés",
    commune: "94068",
    capacity: 25,
    summary: "Rénovation du marché et nouvelle offre de restauration.",
    description: [demoNote].join("\n"),
  },
  {
    title: "Atelier : budget participatif des commerçants",
    kind: "workshop",
    when: { relativeDays: 50 },
    starts: "18:00",
    ends: "20:00",
    place: "À confirmer",
    address: "",
    commune: "93010",
    capacity: 30,
    status: "draft",
    summary: "Brouillon : date et lieu à confirmer.",
    description: ["Brouillon en cours de rédaction.", "", demoNote].join("\n"),
  },
];

const DAY = 86_400_000;

function hourOf(text: string): [number, number] {
  const [h, m] = text.split(":").map(Number) as [number, number];
  return [h, m];
}

/**
 * Dates around the seed date in Paris time. A relative day falling on a weekend moves to the
 * next Tuesday: the programme's workshops and visits happen in the week. A yearly event takes
 * the year that puts it within six months of the seed date.
 */
function demoCalendar(now: Date) {
  const [y, m, d] = parisDayOf(now).split("-").map(Number) as [number, number, number];
  const at = (date: Date, time: string, extraDays = 0) => {
    const [hour, minute] = hourOf(time);
    return parisDateTime(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate() + extraDays, hour, minute);
  };
  const day = (when: When): Date => {
    if ("relativeDays" in when) {
      const date = new Date(Date.UTC(y, m - 1, d + when.relativeDays));
      const weekday = date.getUTCDay();
      const shift = weekday === 6 ? 3 : weekday === 0 ? 2 : 0;
      return new Date(date.getTime() + shift * DAY);
    }
    const today = Date.UTC(y, m - 1, d);
    const candidates = [y - 1, y, y + 1].map(
      (year) => new Date(Date.UTC(year, when.yearly.month - 1, when.yearly.day)),
    );
    return candidates.reduce((best, c) =>
      Math.abs(c.getTime() - today) < Math.abs(best.getTime() - today) ? c : best,
    );
  };
  return { day, at };
}

/** Loads the demo events once; returns how many it created. */
export async function loadDemoEvents(
  db: Db,
  ctx: { programmeId: string | null; projects: { id: string; communeInseeCode: string }[]; now: Date },
): Promise<number> {
  if ((await db.event.count({ where: { isDemo: true } })) > 0) return 0;
  const { day, at } = demoCalendar(ctx.now);
  const repo = eventsRepository(db);
  for (const e of events) {
    const date = day(e.when);
    const title = e.withYear ? `${e.title} ${date.getUTCFullYear()}` : e.title;
    await repo.create({
      slug: slugify(title),
      kind: e.kind,
      title,
      summary: e.summary,
      description: e.description,
      startsAt: at(date, e.starts).toISOString(),
      endsAt: at(date, e.ends, (e.days ?? 1) - 1).toISOString(),
      place: e.place,
      address: e.address,
      communeInseeCode: e.commune,
      programmeId: ctx.programmeId,
      capacity: e.capacity,
      status: e.status ?? "published",
      projectIds: ctx.projects.filter((p) => e.projectCommunes?.includes(p.communeInseeCode)).map((p) => p.id),
      isDemo: true,
    });
  }
  return events.length;
}
