import type { FunderKind, FundingStatus, GrantPaymentTerms } from "@cvv/domain/funding";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { recordChangesRepository } from "../repositories/record-changes.repository.js";

/**
 * Demo funding plans and grants for three of the demo projects: the Métropole's fund (the
 * amounts the demo projects announce), the Banque des Territoires, the Région Île-de-France and
 * the communes' own share, with schedules and payments in every state (paid in full, partly,
 * not yet). Figures and references are illustrative. SIRETs are keyed to pass the Luhn check:
 * the Métropole's is its own; the others follow the SIREN numbering of their bodies.
 */

/** Accepts the client or a transaction, so loadDemoData stays all-or-nothing. */
type Db = PrismaClient | Prisma.TransactionClient;

export const DEMO_SIRETS = {
  metropole: "20005478100022",
  region: "23750007900015",
  banqueDesTerritoires: "18002002600019",
  bondy: "21930010000019",
  bagnolet: "21930006800018",
  gennevilliers: "21920036700015",
} as const;

interface DemoLine {
  funderKind: FunderKind;
  funderName: string;
  euros: number;
  status: FundingStatus;
  note?: string;
}

interface DemoGrant {
  /** The funding line it answers, by funder kind. */
  line: FunderKind;
  funderName: string;
  funderSiret: string;
  purpose: string;
  decisionReference: string;
  conventionOn: string;
  euros: number;
  paymentTerms: GrantPaymentTerms;
  instalments: { dueOn: string; euros: number; label: string }[];
  payments: { paidOn: string; euros: number; reference: string }[];
}

interface DemoFunding {
  commune: string;
  beneficiaryName: string;
  beneficiarySiret: string;
  lines: DemoLine[];
  grants: DemoGrant[];
}

const metropole = "Métropole du Grand Paris";
const region = "Région Île-de-France";
const bdt = "Banque des Territoires";

const fundings: DemoFunding[] = [
  {
    commune: "93010",
    beneficiaryName: "Commune de Bondy",
    beneficiarySiret: DEMO_SIRETS.bondy,
    lines: [
      {
        funderKind: "metropole",
        funderName: metropole,
        euros: 450_000,
        status: "committed",
        note: "Fonds métropolitain « Centres-villes vivants », AMI 2019.",
      },
      {
        funderKind: "banque_des_territoires",
        funderName: bdt,
        euros: 120_000,
        status: "requested",
        note: "Cofinancement du manager de centre-ville et de l'étude de programmation.",
      },
      {
        funderKind: "region",
        funderName: region,
        euros: 200_000,
        status: "committed",
        note: "Dispositif régional de soutien au commerce de proximité.",
      },
      {
        funderKind: "commune",
        funderName: "Commune de Bondy",
        euros: 330_000,
        status: "committed",
        note: "Autofinancement.",
      },
    ],
    grants: [
      {
        line: "metropole",
        funderName: metropole,
        funderSiret: DEMO_SIRETS.metropole,
        purpose: "Requalification des abords du marché et accompagnement des commerçants du centre-ville",
        decisionReference: "CM2020/03/12-045",
        conventionOn: "2020-03-12",
        euros: 450_000,
        paymentTerms: "instalments",
        instalments: [
          { dueOn: "2020-06-30", euros: 135_000, label: "Avance (30 %)" },
          { dueOn: "2021-06-30", euros: 180_000, label: "Acompte sur justificatifs (40 %)" },
          { dueOn: "2022-12-31", euros: 135_000, label: "Solde (30 %)" },
        ],
        payments: [
          { paidOn: "2020-07-08", euros: 135_000, reference: "Mandat 2020-04512" },
          { paidOn: "2021-07-20", euros: 180_000, reference: "Mandat 2021-03877" },
        ],
      },
      {
        line: "region",
        funderName: region,
        funderSiret: DEMO_SIRETS.region,
        purpose: "Rénovation des vitrines et de la signalétique commerciale",
        decisionReference: "CP2020-412",
        conventionOn: "2020-09-24",
        euros: 200_000,
        paymentTerms: "single",
        instalments: [],
        payments: [{ paidOn: "2021-02-15", euros: 200_000, reference: "Mandat R-2021-0098" }],
      },
    ],
  },
  {
    commune: "93006",
    beneficiaryName: "Commune de Bagnolet",
    beneficiarySiret: DEMO_SIRETS.bagnolet,
    lines: [
      { funderKind: "metropole", funderName: metropole, euros: 320_000, status: "committed" },
      { funderKind: "banque_des_territoires", funderName: bdt, euros: 80_000, status: "committed" },
      { funderKind: "region", funderName: region, euros: 100_000, status: "planned" },
      { funderKind: "commune", funderName: "Commune de Bagnolet", euros: 160_000, status: "committed" },
    ],
    grants: [
      {
        line: "metropole",
        funderName: metropole,
        funderSiret: DEMO_SIRETS.metropole,
        purpose: "Reconquête des cellules commerciales vacantes de la rue Sadi-Carnot",
        decisionReference: "CM2020/04/09-061",
        conventionOn: "2020-04-09",
        euros: 320_000,
        paymentTerms: "instalments",
        instalments: [
          { dueOn: "2020-07-01", euros: 160_000, label: "Avance (50 %)" },
          { dueOn: "2022-06-30", euros: 160_000, label: "Solde (50 %)" },
        ],
        payments: [{ paidOn: "2020-07-15", euros: 160_000, reference: "Mandat 2020-05120" }],
      },
      {
        line: "banque_des_territoires",
        funderName: bdt,
        funderSiret: DEMO_SIRETS.banqueDesTerritoires,
        purpose: "Étude de programmation commerciale du centre-ville",
        decisionReference: "BDT-IDF-2020-1187",
        conventionOn: "2020-11-05",
        euros: 80_000,
        paymentTerms: "single",
        instalments: [{ dueOn: "2021-03-31", euros: 80_000, label: "Versement unique" }],
        payments: [],
      },
    ],
  },
  {
    commune: "92036",
    beneficiaryName: "Commune de Gennevilliers",
    beneficiarySiret: DEMO_SIRETS.gennevilliers,
    lines: [
      { funderKind: "metropole", funderName: metropole, euros: 150_000, status: "committed" },
      { funderKind: "commune", funderName: "Commune de Gennevilliers", euros: 60_000, status: "committed" },
    ],
    grants: [
      {
        line: "metropole",
        funderName: metropole,
        funderSiret: DEMO_SIRETS.metropole,
        purpose: "Boutiques à l'essai et manager de centre-ville mutualisé",
        decisionReference: "CM2020/02/20-018",
        conventionOn: "2020-02-20",
        euros: 150_000,
        paymentTerms: "single",
        instalments: [],
        payments: [{ paidOn: "2020-05-05", euros: 150_000, reference: "Mandat 2020-02231" }],
      },
    ],
  },
];

const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const cents = (euros: number) => BigInt(euros) * 100n;

/**
 * Loads the demo funding of the demo projects found among `projects` (by commune). A project that
 * already has funding is left alone, so loading twice changes nothing.
 */
export async function loadDemoFunding(
  db: Db,
  context: { projects: { id: string; communeInseeCode: string }[]; officerId: string | null },
): Promise<void> {
  const history = recordChangesRepository(db);
  for (const funding of fundings) {
    const project = context.projects.find((p) => p.communeInseeCode === funding.commune);
    if (!project) continue;
    const existing =
      (await db.fundingLine.count({ where: { projectId: project.id } })) +
      (await db.grant.count({ where: { projectId: project.id } }));
    if (existing > 0) continue;

    const lineIds = new Map<FunderKind, string>();
    for (const line of funding.lines) {
      const created = await db.fundingLine.create({
        select: { id: true },
        data: {
          projectId: project.id,
          funderKind: line.funderKind,
          funderName: line.funderName,
          amountCents: cents(line.euros),
          status: line.status,
          note: line.note ?? "",
        },
      });
      lineIds.set(line.funderKind, created.id);
      await history.log({
        entity: "funding-line",
        entityId: created.id,
        projectId: project.id,
        actorId: context.officerId,
        action: "created",
        changes: {
          funderKind: [null, line.funderKind],
          funderName: [null, line.funderName],
          amountCents: [null, cents(line.euros).toString()],
          status: [null, line.status],
        },
      });
    }

    for (const grant of funding.grants) {
      const created = await db.grant.create({
        select: { id: true, payments: { select: { id: true, paidOn: true, amountCents: true, reference: true } } },
        data: {
          projectId: project.id,
          fundingLineId: lineIds.get(grant.line) ?? null,
          funderName: grant.funderName,
          funderSiret: grant.funderSiret,
          beneficiaryName: funding.beneficiaryName,
          beneficiarySiret: funding.beneficiarySiret,
          purpose: grant.purpose,
          decisionReference: grant.decisionReference,
          conventionOn: date(grant.conventionOn),
          amountCents: cents(grant.euros),
          nature: "cash",
          paymentTerms: grant.paymentTerms,
          share: 1,
          instalments: {
            create: grant.instalments.map((i) => ({
              dueOn: date(i.dueOn),
              amountCents: cents(i.euros),
              label: i.label,
            })),
          },
          payments: {
            create: grant.payments.map((p) => ({
              paidOn: date(p.paidOn),
              amountCents: cents(p.euros),
              reference: p.reference,
              recordedById: context.officerId,
            })),
          },
        },
      });
      await history.log({
        entity: "grant",
        entityId: created.id,
        projectId: project.id,
        actorId: context.officerId,
        action: "created",
        changes: {
          funderName: [null, grant.funderName],
          purpose: [null, grant.purpose],
          conventionOn: [null, grant.conventionOn],
          amountCents: [null, cents(grant.euros).toString()],
          paymentTerms: [null, grant.paymentTerms],
        },
      });
      for (const payment of created.payments) {
        await history.log({
          entity: "grant-payment",
          entityId: payment.id,
          projectId: project.id,
          actorId: context.officerId,
          action: "created",
          changes: {
            grantId: [null, created.id],
            paidOn: [null, payment.paidOn.toISOString().slice(0, 10)],
            amountCents: [null, payment.amountCents.toString()],
            reference: [null, payment.reference],
          },
        });
      }
    }
  }
}
