import type { Application, ApplicationStatus, Contract } from "@cvv/domain/applications";
import type { EditionStatus } from "@cvv/domain/editions";
import type { ProjectTheme } from "@cvv/domain/projects";
import type { Prisma } from "../generated/prisma/client.js";
import { communeWhere, type CommuneScope } from "./projects.repository.js";
import { definedOnly, fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const applicationSelect = {
  id: true,
  editionId: true,
  communeInseeCode: true,
  title: true,
  summary: true,
  motivation: true,
  themes: true,
  perimeter: true,
  estimatedBudgetCents: true,
  contactName: true,
  contactEmail: true,
  status: true,
  submittedAt: true,
  eligibilityNote: true,
  decidedOn: true,
  decisionNote: true,
  projectId: true,
  version: true,
} satisfies Prisma.ApplicationSelect;

const listSelect = {
  ...applicationSelect,
  commune: { select: { name: true } },
  edition: { select: { name: true, year: true, programme: { select: { name: true } } } },
} satisfies Prisma.ApplicationSelect;

const contractSelect = {
  id: true,
  projectId: true,
  applicationId: true,
  reference: true,
  parties: true,
  signedOn: true,
  amountCents: true,
  durationMonths: true,
  startsOn: true,
  version: true,
} satisfies Prisma.ContractSelect;

const detailSelect = {
  ...applicationSelect,
  commune: { select: { name: true } },
  edition: {
    select: {
      name: true,
      year: true,
      status: true,
      opensOn: true,
      closesOn: true,
      programmeId: true,
      programme: { select: { name: true } },
    },
  },
  submittedBy: { select: { displayName: true } },
  project: { select: { title: true } },
  contract: { select: contractSelect },
} satisfies Prisma.ApplicationSelect;

type ApplicationRow = Prisma.ApplicationGetPayload<{ select: typeof applicationSelect }>;
type ContractRow = Prisma.ContractGetPayload<{ select: typeof contractSelect }>;

function toApplication(row: ApplicationRow): Application {
  return {
    ...row,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedOn: toIsoDate(row.decidedOn),
  };
}

function toContract(row: ContractRow): Contract {
  return { ...row, signedOn: toIsoDate(row.signedOn), startsOn: toIsoDate(row.startsOn) };
}

export interface ApplicationListItem extends Application {
  communeName: string;
  editionName: string;
  editionYear: number;
  programmeName: string;
}

export interface ApplicationDetail extends ApplicationListItem {
  programmeId: string;
  edition: { name: string; status: EditionStatus; opensOn: string | null; closesOn: string | null };
  submittedByName: string | null;
  projectTitle: string | null;
  contract: Contract | null;
}

export interface ApplicationFilter {
  editionId?: string | undefined;
  status?: ApplicationStatus | undefined;
  communeInseeCode?: string | undefined;
}

/** An edition as someone choosing where to apply sees it. */
export interface EditionChoice {
  id: string;
  name: string;
  year: number;
  status: EditionStatus;
  opensOn: string | null;
  closesOn: string | null;
  programmeId: string;
  programmeName: string;
}

/** The content of an application, as a commune writes it. */
export interface ApplicationContent {
  title: string;
  summary: string;
  motivation: string;
  themes: ProjectTheme[];
  perimeter: string;
  estimatedBudgetCents: bigint | null;
  contactName: string;
  contactEmail: string;
}

/** A step of the workflow and what it leaves on the record: who submitted when, the officers' notes. */
export interface ApplicationStep {
  status: ApplicationStatus;
  submittedAt?: Date;
  submittedById?: string;
  eligibilityNote?: string;
  decisionNote?: string;
  decidedOn?: string;
}

export type ContractContent = Omit<Contract, "id" | "projectId" | "applicationId" | "version">;

export function applicationsRepository(db: Tx) {
  return {
    async list(scope: CommuneScope, filter: ApplicationFilter = {}): Promise<ApplicationListItem[]> {
      const rows = await db.application.findMany({
        select: listSelect,
        where: {
          AND: [
            communeWhere(scope),
            definedOnly({
              editionId: filter.editionId,
              status: filter.status,
              communeInseeCode: filter.communeInseeCode,
            }),
          ],
        },
        orderBy: [{ edition: { year: "desc" } }, { commune: { name: "asc" } }, { createdAt: "asc" }],
      });
      return rows.map(({ commune, edition, ...row }) => ({
        ...toApplication(row),
        communeName: commune.name,
        editionName: edition.name,
        editionYear: edition.year,
        programmeName: edition.programme.name,
      }));
    },

    async find(scope: CommuneScope, id: string): Promise<ApplicationDetail | null> {
      const row = await db.application.findFirst({ select: detailSelect, where: { id, ...communeWhere(scope) } });
      if (!row) return null;
      const { commune, edition, submittedBy, project, contract, ...application } = row;
      return {
        ...toApplication(application),
        communeName: commune.name,
        editionName: edition.name,
        editionYear: edition.year,
        programmeName: edition.programme.name,
        programmeId: edition.programmeId,
        edition: {
          name: edition.name,
          status: edition.status,
          opensOn: toIsoDate(edition.opensOn),
          closesOn: toIsoDate(edition.closesOn),
        },
        submittedByName: submittedBy?.displayName ?? null,
        projectTitle: project?.title ?? null,
        contract: contract ? toContract(contract) : null,
      };
    },

    /** The commune's application to the edition, whoever's scope: one per commune and edition. */
    async findForCommune(editionId: string, communeInseeCode: string): Promise<{ id: string } | null> {
      return db.application.findUnique({
        select: { id: true },
        where: { editionId_communeInseeCode: { editionId, communeInseeCode } },
      });
    },

    /** The editions one may apply to or look through; communes do not see those of draft programmes. */
    async editions(options: { includeDraftProgrammes: boolean }): Promise<EditionChoice[]> {
      const rows = await db.edition.findMany({
        select: {
          id: true,
          name: true,
          year: true,
          status: true,
          opensOn: true,
          closesOn: true,
          programmeId: true,
          programme: { select: { name: true } },
        },
        where: options.includeDraftProgrammes ? {} : { programme: { status: { not: "draft" } } },
        orderBy: [{ year: "desc" }, { name: "asc" }],
      });
      return rows.map(({ programme, ...row }) => ({
        ...row,
        opensOn: toIsoDate(row.opensOn),
        closesOn: toIsoDate(row.closesOn),
        programmeName: programme.name,
      }));
    },

    async create(
      input: ApplicationContent & { editionId: string; communeInseeCode: string; step?: ApplicationStep },
    ): Promise<Application> {
      const { step, ...content } = input;
      const row = await db.application.create({
        select: applicationSelect,
        data: { ...content, ...(step ? stepData(step) : {}) },
      });
      return toApplication(row);
    },

    /** Changes the content of an application at the version the person started from. */
    async update(
      scope: CommuneScope,
      id: string,
      version: number,
      changes: Partial<ApplicationContent>,
      step?: ApplicationStep,
    ): Promise<WriteOutcome<Application>> {
      return write(scope, id, version, { ...definedOnly(changes), ...(step ? stepData(step) : {}) });
    },

    /** Moves an application one step along its workflow, at the version the person looked at. */
    async transition(
      scope: CommuneScope,
      id: string,
      version: number,
      step: ApplicationStep,
    ): Promise<WriteOutcome<Application>> {
      return write(scope, id, version, stepData(step));
    },

    /** Ties a selected application to the project its contract opened; once only. */
    async linkProject(id: string, version: number, projectId: string): Promise<WriteOutcome<Application>> {
      return versionedWrite(
        () =>
          db.application.updateMany({
            where: { id, version, projectId: null },
            data: { projectId, version: { increment: 1 } },
          }),
        () => read("all", id),
      );
    },

    async createContract(
      input: ContractContent & { projectId: string; applicationId: string | null },
    ): Promise<Contract> {
      const row = await db.contract.create({
        select: contractSelect,
        data: {
          projectId: input.projectId,
          applicationId: input.applicationId,
          reference: input.reference,
          parties: input.parties,
          signedOn: fromIsoDate(input.signedOn) ?? null,
          amountCents: input.amountCents,
          durationMonths: input.durationMonths,
          startsOn: fromIsoDate(input.startsOn) ?? null,
        },
      });
      return toContract(row);
    },

    /** A contract and the commune of its project, which decides who may see it. */
    async findContract(scope: CommuneScope, id: string): Promise<(Contract & { communeInseeCode: string }) | null> {
      const row = await db.contract.findFirst({
        select: { ...contractSelect, project: { select: { communeInseeCode: true } } },
        where: { id, project: communeWhere(scope) },
      });
      if (!row) return null;
      const { project, ...contract } = row;
      return { ...toContract(contract), communeInseeCode: project.communeInseeCode };
    },

    async contractForProject(scope: CommuneScope, projectId: string): Promise<Contract | null> {
      const row = await db.contract.findFirst({
        select: contractSelect,
        where: { projectId, project: communeWhere(scope) },
      });
      return row ? toContract(row) : null;
    },

    async updateContract(
      scope: CommuneScope,
      id: string,
      version: number,
      changes: Partial<ContractContent>,
    ): Promise<WriteOutcome<Contract>> {
      const data = definedOnly({
        reference: changes.reference,
        parties: changes.parties,
        signedOn: fromIsoDate(changes.signedOn),
        amountCents: changes.amountCents,
        durationMonths: changes.durationMonths,
        startsOn: fromIsoDate(changes.startsOn),
      });
      return versionedWrite(
        () =>
          db.contract.updateMany({
            where: { id, version, project: communeWhere(scope) },
            data: { ...data, version: { increment: 1 } },
          }),
        async () => {
          const row = await db.contract.findFirst({
            select: contractSelect,
            where: { id, project: communeWhere(scope) },
          });
          return row ? toContract(row) : null;
        },
      );
    },
  };

  async function read(scope: CommuneScope, id: string): Promise<Application | null> {
    const row = await db.application.findFirst({ select: applicationSelect, where: { id, ...communeWhere(scope) } });
    return row ? toApplication(row) : null;
  }

  function write(scope: CommuneScope, id: string, version: number, data: Prisma.ApplicationUncheckedUpdateManyInput) {
    return versionedWrite(
      () =>
        db.application.updateMany({
          where: { id, version, ...communeWhere(scope) },
          data: { ...data, version: { increment: 1 } },
        }),
      () => read(scope, id),
    );
  }
}

function stepData(step: ApplicationStep) {
  return definedOnly({
    status: step.status,
    submittedAt: step.submittedAt,
    submittedById: step.submittedById,
    eligibilityNote: step.eligibilityNote,
    decisionNote: step.decisionNote,
    decidedOn: fromIsoDate(step.decidedOn),
  });
}
