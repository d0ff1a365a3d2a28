import type {
  ActionItemStatus,
  AttendanceStatus,
  BodyKind,
  MeetingStatus,
  RaciAssignment,
} from "@cvv/domain/governance";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";

/**
 * The governance of the demo programme: a comité de pilotage and a comité technique with their
 * members, three meetings dated from the day the demo is loaded (a steering committee held six
 * weeks before, with minutes, decisions and action items, one of them late; a technical committee
 * held three weeks before; the next steering committee, planned), and the RACI matrix of Bondy's
 * project. Names are fictitious; organisations are the programme's usual partners.
 */

type Db = PrismaClient | Prisma.TransactionClient;

interface DemoMember {
  key: string;
  name: string;
  organisation: string;
  role: string;
  /** The demo officer's own account. */
  officer?: boolean;
}

interface DemoBody {
  kind: BodyKind;
  name: string;
  description: string;
  members: DemoMember[];
}

const steering: DemoBody = {
  kind: "steering_committee",
  name: "Comité de pilotage Centres-villes vivants",
  description:
    "Valide la programmation du programme, les engagements financiers et le calendrier ; réunit la Métropole, ses partenaires financeurs et consulaires, et les communes lauréates.",
  members: [
    {
      key: "presidente",
      name: "Hélène Garnier",
      organisation: "Métropole du Grand Paris",
      role: "présidente, vice-présidente déléguée au commerce",
    },
    { key: "bdt", name: "Marc Lefèvre", organisation: "Banque des Territoires", role: "directeur territorial adjoint" },
    { key: "cci", name: "Nadia Benhamou", organisation: "CCI Paris Île-de-France", role: "membre" },
    { key: "cma", name: "Thomas Roussel", organisation: "CMA Île-de-France", role: "membre" },
    { key: "bondy", name: "Sophie Marchand", organisation: "Ville de Bondy", role: "maire adjointe au commerce" },
    {
      key: "bagnolet",
      name: "Julien Petit",
      organisation: "Ville de Bagnolet",
      role: "maire adjoint au développement économique",
    },
    {
      key: "secretariat",
      name: "Camille Durand",
      organisation: "Métropole du Grand Paris",
      role: "secrétariat",
      officer: true,
    },
  ],
};

const technical: DemoBody = {
  kind: "technical_committee",
  name: "Comité technique des managers de centre-ville",
  description:
    "Prépare les décisions du comité de pilotage, suit l'avancement des projets et partage les retours d'expérience des managers de centre-ville.",
  members: [
    {
      key: "animatrice",
      name: "Camille Durand",
      organisation: "Métropole du Grand Paris",
      role: "animatrice",
      officer: true,
    },
    {
      key: "cheffe",
      name: "Léa Fontaine",
      organisation: "Métropole du Grand Paris",
      role: "cheffe de projet commerce",
    },
    { key: "manager-bondy", name: "Karim Belkacem", organisation: "Ville de Bondy", role: "manager de centre-ville" },
    {
      key: "manager-gentilly",
      name: "Aurélie Chevalier",
      organisation: "Ville de Gentilly",
      role: "manager de centre-ville",
    },
    {
      key: "bdt",
      name: "Pierre Lambert",
      organisation: "Banque des Territoires",
      role: "chargé de développement territorial",
    },
    { key: "cci", name: "Inès Morel", organisation: "CCI Paris Île-de-France", role: "conseillère commerce" },
  ],
};

/** Bondy's project ("Cœur de ville de Bondy"): who does, approves, is consulted on and told of each activity. */
const bondyRaci: RaciAssignment[] = [
  { activity: "1. Diagnostic commercial", party: "Manager de centre-ville", role: "responsible" },
  { activity: "1. Diagnostic commercial", party: "Élue au commerce (Ville de Bondy)", role: "accountable" },
  { activity: "1. Diagnostic commercial", party: "CCI Paris Île-de-France", role: "consulted" },
  { activity: "1. Diagnostic commercial", party: "Métropole du Grand Paris", role: "informed" },
  { activity: "2. Concertation des commerçants", party: "Manager de centre-ville", role: "responsible" },
  { activity: "2. Concertation des commerçants", party: "Élue au commerce (Ville de Bondy)", role: "accountable" },
  { activity: "2. Concertation des commerçants", party: "CCI Paris Île-de-France", role: "consulted" },
  { activity: "2. Concertation des commerçants", party: "CMA Île-de-France", role: "consulted" },
  { activity: "2. Concertation des commerçants", party: "Métropole du Grand Paris", role: "informed" },
  {
    activity: "3. Requalification des abords du marché",
    party: "Services techniques (Ville de Bondy)",
    role: "responsible",
  },
  {
    activity: "3. Requalification des abords du marché",
    party: "Élue au commerce (Ville de Bondy)",
    role: "accountable",
  },
  { activity: "3. Requalification des abords du marché", party: "Métropole du Grand Paris", role: "consulted" },
  { activity: "3. Requalification des abords du marché", party: "Banque des Territoires", role: "informed" },
  { activity: "4. Suivi des indicateurs", party: "Manager de centre-ville", role: "responsible" },
  { activity: "4. Suivi des indicateurs", party: "Métropole du Grand Paris", role: "accountable" },
  { activity: "4. Suivi des indicateurs", party: "Élue au commerce (Ville de Bondy)", role: "informed" },
];

export async function loadDemoGovernance(
  db: Db,
  input: {
    programmeId: string;
    officerId: string;
    projects: readonly { id: string; communeInseeCode: string }[];
    /** The day the demo is loaded: meetings and due dates are set around it. */
    now?: Date;
  },
): Promise<void> {
  // Loaded once: a programme that already has bodies keeps them as they are.
  if ((await db.governanceBody.count({ where: { programmeId: input.programmeId } })) > 0) return;
  const now = input.now ?? new Date();
  const moment = (days: number, hourUtc: number) => {
    const at = new Date(now);
    at.setUTCDate(at.getUTCDate() + days);
    at.setUTCHours(hourUtc, 0, 0, 0);
    return at;
  };
  const day = (days: number) => new Date(`${moment(days, 0).toISOString().slice(0, 10)}T00:00:00.000Z`);
  const projectOf = (inseeCode: string) => input.projects.find((p) => p.communeInseeCode === inseeCode)?.id ?? null;
  const bondy = projectOf("93010");
  const gentilly = projectOf("94037");

  async function createBody(body: DemoBody) {
    const { id } = await db.governanceBody.create({
      select: { id: true },
      data: { programmeId: input.programmeId, kind: body.kind, name: body.name, description: body.description },
    });
    const members = new Map<string, string>();
    for (const member of body.members) {
      const created = await db.bodyMember.create({
        select: { id: true },
        data: {
          bodyId: id,
          name: member.name,
          organisation: member.organisation,
          role: member.role,
          userId: member.officer ? input.officerId : null,
        },
      });
      members.set(member.key, created.id);
    }
    return { id, members };
  }

  async function createMeeting(
    bodyId: string,
    meeting: { title: string; startsAt: Date; place: string; agenda: string; minutes?: string; status: MeetingStatus },
    outcome: {
      attendance?: Record<string, AttendanceStatus>;
      members?: Map<string, string>;
      decisions?: { text: string; projectId?: string | null }[];
      actionItems?: {
        title: string;
        owner: string;
        dueOn: Date;
        status: ActionItemStatus;
        projectId?: string | null;
      }[];
    } = {},
  ) {
    const { id } = await db.meeting.create({ select: { id: true }, data: { ...meeting, bodyId } });
    const attendance = Object.entries(outcome.attendance ?? {});
    if (attendance.length > 0) {
      await db.meetingAttendance.createMany({
        data: attendance.map(([key, status]) => ({ meetingId: id, memberId: outcome.members!.get(key)!, status })),
      });
    }
    if (outcome.decisions?.length) {
      await db.meetingDecision.createMany({
        data: outcome.decisions.map((d, position) => ({
          meetingId: id,
          text: d.text,
          projectId: d.projectId ?? null,
          position,
        })),
      });
    }
    if (outcome.actionItems?.length) {
      await db.actionItem.createMany({
        data: outcome.actionItems.map((item) => ({ ...item, meetingId: id, projectId: item.projectId ?? null })),
      });
    }
  }

  const copil = await createBody(steering);
  const cotech = await createBody(technical);

  await createMeeting(
    copil.id,
    {
      title: "Comité de pilotage — bilan annuel",
      startsAt: moment(-45, 9),
      place: "Métropole du Grand Paris, 15-19 avenue Pierre Mendès-France, Paris 13e",
      agenda:
        "1. Bilan de l'année écoulée et indicateurs du programme\n2. Avancement des projets des communes lauréates\n3. Programmation et engagements financiers de l'année\n4. Questions diverses",
      minutes:
        "La présidente ouvre la séance et rappelle les objectifs du programme. La Métropole présente le bilan : 20 projets suivis, dont 3 réalisés, et un taux de vacance commerciale en baisse dans 7 communes sur 10.\n\nLa Ville de Bondy présente l'avancement de la requalification des abords du marché ; la Banque des Territoires confirme son cofinancement de l'étude de programmation. La CCI et la CMA proposent un atelier commun sur la transmission des commerces.\n\nLe comité adopte les décisions ci-dessous. Prochaine séance dans six semaines.",
      status: "held",
    },
    {
      members: copil.members,
      attendance: {
        presidente: "present",
        bdt: "present",
        cci: "present",
        cma: "excused",
        bondy: "present",
        bagnolet: "absent",
        secretariat: "present",
      },
      decisions: [
        { text: "Le comité valide le bilan annuel du programme et sa diffusion aux communes lauréates." },
        {
          text: "Le comité approuve le calendrier révisé de la requalification des abords du marché de Bondy.",
          projectId: bondy,
        },
        { text: "Un atelier sur la transmission des commerces sera organisé avec la CCI et la CMA avant l'été." },
      ],
      actionItems: [
        {
          title: "Transmettre le plan de financement actualisé de la requalification du marché",
          owner: "Ville de Bondy",
          dueOn: day(-10),
          status: "open",
          projectId: bondy,
        },
        {
          title: "Organiser l'atelier sur la transmission des commerces",
          owner: "CCI Paris Île-de-France et CMA Île-de-France",
          dueOn: day(20),
          status: "open",
        },
        {
          title: "Diffuser le compte rendu et le bilan annuel aux communes lauréates",
          owner: "Métropole du Grand Paris (secrétariat)",
          dueOn: day(-38),
          status: "done",
        },
      ],
    },
  );

  await createMeeting(
    cotech.id,
    {
      title: "Comité technique — retours d'expérience des managers",
      startsAt: moment(-21, 13),
      place: "Hôtel de ville de Gentilly, salle des commissions",
      agenda:
        "1. Tour de table des projets\n2. Boutiques à l'essai : retour d'expérience\n3. Préparation du prochain comité de pilotage",
      minutes:
        "Chaque manager présente l'avancement de son projet. Gentilly partage les premiers résultats de sa concertation avec les commerçants de la place Henri-Barbusse. Les indicateurs à présenter au prochain comité de pilotage sont arrêtés.",
      status: "held",
    },
    {
      members: cotech.members,
      attendance: {
        animatrice: "present",
        cheffe: "present",
        "manager-bondy": "present",
        "manager-gentilly": "present",
        bdt: "excused",
        cci: "present",
      },
      decisions: [
        {
          text: "Le retour d'expérience de la concertation de Gentilly sera présenté au comité de pilotage.",
          projectId: gentilly,
        },
      ],
      actionItems: [
        {
          title: "Consolider les indicateurs de vacance commerciale pour le comité de pilotage",
          owner: "Léa Fontaine (Métropole du Grand Paris)",
          dueOn: day(14),
          status: "open",
        },
        {
          title: "Partager la grille d'entretien de la concertation avec les autres managers",
          owner: "Ville de Gentilly",
          dueOn: day(-14),
          status: "done",
          projectId: gentilly,
        },
      ],
    },
  );

  await createMeeting(copil.id, {
    title: "Comité de pilotage — programmation",
    startsAt: moment(40, 9),
    place: "Métropole du Grand Paris, 15-19 avenue Pierre Mendès-France, Paris 13e",
    agenda:
      "1. Suivi des décisions du précédent comité\n2. Indicateurs de vacance commerciale\n3. Atelier transmission des commerces : programme\n4. Calendrier des prochaines instances",
    status: "planned",
  });

  if (bondy) {
    await db.raciAssignment.createMany({ data: bondyRaci.map((cell) => ({ ...cell, projectId: bondy })) });
  }
}
