import {
  communicationActionChanges,
  type CommunicationChannel,
  type CommunicationStatus,
} from "@cvv/domain/communication";
import { parisDayOf } from "@cvv/domain/events";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { communicationActionsRepository } from "../repositories/communication-actions.repository.js";
import { recordChangesRepository } from "../repositories/record-changes.repository.js";

/**
 * The demo communication plan: a few actions around the demo events and publications, dated
 * around the day the demo is loaded (one done, one late, some to come, one cancelled). Events and
 * publications are found by their titles; an action whose event or publication is absent is
 * loaded without the link.
 */

type Db = PrismaClient | Prisma.TransactionClient;

interface DemoAction {
  title: string;
  channel: CommunicationChannel;
  status: CommunicationStatus;
  /** Days from the load day: negative in the past. */
  inDays: number;
  audience: string;
  message: string;
  /** Start of the linked event's title (yearly events end with their year). */
  event?: string;
  publication?: string;
}

const actions: DemoAction[] = [
  {
    title: "Annonce des Assises dans la lettre d'information",
    channel: "newsletter",
    status: "done",
    inDays: -20,
    audience: "Abonnés de la lettre : élus, managers de centre-ville, partenaires",
    message: "Date, lieu et programme des Assises ; lien d'inscription.",
    event: "Assises métropolitaines du centre-ville",
  },
  {
    title: "Programme des Assises en page d'accueil du site",
    channel: "website",
    status: "planned",
    inDays: -3,
    audience: "Grand public",
    message: "Bandeau et actualité renvoyant vers le programme détaillé.",
    event: "Assises métropolitaines du centre-ville",
  },
  {
    title: "Relais de l'atelier « vitrines vacantes » sur les réseaux sociaux",
    channel: "social_media",
    status: "planned",
    inDays: 5,
    audience: "Communes et commerçants",
    message: "Trois messages : annonce, rappel la veille, photos le jour même.",
    event: "Atelier : vitrines vacantes, les outils de la commune",
  },
  {
    title: "Courriel aux managers de centre-ville",
    channel: "email",
    status: "planned",
    inDays: 2,
    audience: "Réseau des managers de centre-ville",
    message: "Invitation personnelle à la rencontre et appel à témoignages.",
  },
  {
    title: "Communiqué de presse : trois nouvelles communes",
    channel: "press",
    status: "in_progress",
    inDays: 12,
    audience: "Presse locale et spécialisée",
    message: "Communiqué et dossier de presse ; citations des maires à faire valider.",
    publication: "Trois nouvelles communes rejoignent le programme",
  },
  {
    title: "Affiches des boutiques à l'essai",
    channel: "print",
    status: "planned",
    inDays: 25,
    audience: "Habitants des quartiers concernés",
    message: "Affiches A3 pour les vitrines et les panneaux municipaux.",
  },
  {
    title: "Stand du programme au salon de l'immobilier commercial",
    channel: "event",
    status: "cancelled",
    inDays: -40,
    audience: "Professionnels de l'immobilier commercial",
    message: "Remplacé par une intervention dans une table ronde.",
  },
];

function dayFrom(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Loads the demo plan once; returns how many actions it created. */
export async function loadDemoCommunication(db: Db, ctx: { officerId: string | null; now: Date }): Promise<number> {
  if ((await db.communicationAction.count({ where: { isDemo: true } })) > 0) return 0;
  const today = parisDayOf(ctx.now);
  const repo = communicationActionsRepository(db);
  const history = recordChangesRepository(db);
  for (const a of actions) {
    const event = a.event
      ? await db.event.findFirst({
          select: { id: true },
          where: { title: { startsWith: a.event }, isDemo: true },
          orderBy: { startsAt: "desc" },
        })
      : null;
    const publication = a.publication
      ? await db.publication.findFirst({ select: { id: true }, where: { title: a.publication, isDemo: true } })
      : null;
    const created = await repo.create({
      title: a.title,
      channel: a.channel,
      status: a.status,
      plannedOn: dayFrom(today, a.inDays),
      audience: a.audience,
      message: a.message,
      ownerId: ctx.officerId,
      eventId: event?.id ?? null,
      publicationId: publication?.id ?? null,
      isDemo: true,
    });
    await history.log({
      entity: "communication-action",
      entityId: created.id,
      projectId: null,
      actorId: ctx.officerId,
      action: "created",
      changes: communicationActionChanges(null, created),
    });
  }
  return actions.length;
}
