import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, importJobsRepository, invitationsRepository, type PrismaClient } from "@cvv/db";
import {
  applicationFactories,
  communicationFactories,
  createTestDatabase,
  documentFactories,
  eventFactories,
  expertFactories,
  guideFactories,
  factories,
  FACTORY_PASSWORD,
  governanceFactories,
  networkFactories,
  reportFactories,
  type TestDatabase,
} from "@cvv/db/testing";
import type { SessionUser } from "@cvv/domain/users";
import { appRouter } from "./app-router.js";
import { publicRouter } from "./public/public.router.js";
import { closeReportBrowser } from "./reports/report-pdf.js";
import { actor, appCaller, publicCaller } from "./testing/test-context.js";

/**
 * Every procedure × every role: allowed or refused. Each case builds its own fixtures in the
 * commune of the contributor ("own", Bondy 93010); "otherCommune" is a contributor of Bagnolet,
 * who must be refused wherever the record belongs to Bondy.
 */
type RoleName = "anonymous" | "contributor" | "otherCommune" | "officer" | "admin" | "partner";
const roles: RoleName[] = ["anonymous", "contributor", "otherCommune", "officer", "admin", "partner"];

type AppCaller = ReturnType<typeof appCaller>["caller"];
type Case = (caller: AppCaller, db: PrismaClient, me: SessionUser | null) => Promise<unknown>;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await closeReportBrowser();
  await db?.close();
});

const f = () => factories(db.prisma);
async function bondyProject(status: "planned" | "mature" = "planned") {
  return f().project({ communeInseeCode: "93010", status });
}
async function pendingInvitation() {
  const user = await f().user({ role: "contributor", withPassword: false });
  const token = `jeton-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  await invitationsRepository(db.prisma).create({
    tokenHash: hashToken(token),
    userId: user.id,
    invitedById: null,
    expiresAt: new Date(Date.now() + 3600_000),
  });
  return token;
}

/** An open campaign asking Bondy for one yearly indicator over 2025. */
async function bondyCampaign() {
  const indicator = await f().indicator();
  const campaign = await f().campaign({ indicatorIds: [indicator.id], communeCodes: ["93010"] });
  return { indicator, campaign };
}
async function bondyValue(status: "draft" | "submitted" = "draft") {
  const { indicator, campaign } = await bondyCampaign();
  const value = await f().value({
    indicatorId: indicator.id,
    communeInseeCode: "93010",
    period: "2025",
    status,
    campaignId: campaign.id,
  });
  return { indicator, campaign, value };
}

/** A Bondy project with a line of its funding plan and a grant of 100 000 € answering it, nothing paid. */
async function bondyFunding() {
  const project = await bondyProject();
  const line = await f().fundingLine({ projectId: project.id });
  const grant = await f().grant({ projectId: project.id, fundingLineId: line.id });
  return { project, line, grant };
}
const bondyGrantInput = (projectId: string) => ({
  projectId,
  funderName: "Métropole du Grand Paris",
  funderSiret: "20005478100022",
  beneficiaryName: "Commune de Bondy",
  beneficiarySiret: "21930010000019",
  purpose: "Requalification des abords du marché",
  conventionOn: "2025-03-15",
  amount: "50000",
});

/** An import into a Bondy campaign, started by the caller when they are Bondy's contributor, else by one of them. */
async function bondyImport(me: SessionUser | null, checked = false) {
  const { campaign } = await bondyCampaign();
  const ownerId =
    me?.role === "contributor" && me.communeCodes.includes("93010")
      ? me.id
      : (await f().user({ role: "contributor" })).id;
  const jobs = importJobsRepository(db.prisma);
  const job = await jobs.create({ campaignId: campaign.id, createdById: ownerId, fileName: "valeurs.csv" });
  if (checked) {
    await jobs.update(job.id, {
      status: "checked",
      report: { errorCount: 0, errors: [] },
      rows: JSON.stringify({ status: "draft", indicatorIds: [], rows: [] }),
    });
  }
  return job;
}

/** A body of a programme with one member, a meeting held last week, and a Bondy project of that programme. */
async function governanceFixture() {
  const g = governanceFactories(db.prisma);
  const programme = await f().programme();
  const body = await g.body({ programmeId: programme.id });
  const member = await g.member({ bodyId: body.id });
  const meeting = await g.meeting({ bodyId: body.id });
  const project = await f().project({ programmeId: programme.id, communeInseeCode: "93010" });
  const item = await g.actionItem({ meetingId: meeting.id, projectId: project.id });
  return { programme, body, member, meeting, project, item };
}

/** An application of Bondy to an open edition, complete, in the given state. */
async function bondyApplication(status: "draft" | "submitted" | "eligible" | "selected" = "draft") {
  return applicationFactories(db.prisma).application({ communeInseeCode: "93010", status });
}
const signedContract = {
  reference: "CMD-2025-001",
  parties: "Métropole du Grand Paris ; Ville de Bondy",
  signedOn: "2025-06-01",
  amount: "450000",
  durationMonths: 36,
};

const everyone: RoleName[] = roles;
const signedIn: RoleName[] = ["contributor", "otherCommune", "officer", "admin"];
const bondyAndStaff: RoleName[] = ["contributor", "officer", "admin"];
const staff: RoleName[] = ["officer", "admin"];

const matrix: Record<string, { allowed: RoleName[]; run: Case }> = {
  instance: { allowed: everyone, run: (c) => c.instance() },
  "auth.me": { allowed: everyone, run: (c) => c.auth.me() },
  "auth.signIn": {
    allowed: everyone,
    run: async (c) => {
      const user = await f().user({ role: "contributor" });
      return c.auth.signIn({ email: user.email, password: FACTORY_PASSWORD });
    },
  },
  "auth.signOut": { allowed: everyone, run: (c) => c.auth.signOut() },
  "auth.invitation": { allowed: everyone, run: async (c) => c.auth.invitation({ token: await pendingInvitation() }) },
  "auth.acceptInvitation": {
    allowed: everyone,
    run: async (c) => c.auth.acceptInvitation({ token: await pendingInvitation(), password: "un mot de passe solide" }),
  },
  "users.list": { allowed: staff, run: (c) => c.users.list() },
  "users.invite": {
    allowed: staff,
    run: (c) =>
      c.users.invite({
        email: `invite-${Math.random().toString(36).slice(2)}@test.example`,
        displayName: "Invitée",
        role: "contributor",
        communeInseeCodes: ["93010"],
      }),
  },
  "users.setActive": {
    allowed: staff,
    run: async (c) =>
      c.users.setActive({ id: (await f().user({ role: "contributor" })).id, version: 0, active: false }),
  },
  "search.query": { allowed: signedIn, run: (c) => c.search.query({ q: "commerce" }) },
  "history.record": {
    allowed: signedIn,
    run: async (c) => c.history.record({ entity: "programme", entityId: (await f().programme()).id }),
  },
  "steering.dashboard": { allowed: staff, run: (c) => c.steering.dashboard({}) },
  "communes.list": { allowed: signedIn, run: (c) => c.communes.list() },
  "programmes.list": { allowed: signedIn, run: (c) => c.programmes.list() },
  "programmes.get": { allowed: signedIn, run: async (c) => c.programmes.get({ id: (await f().programme()).id }) },
  "programmes.create": { allowed: staff, run: (c) => c.programmes.create({ name: `Programme ${Math.random()}` }) },
  "programmes.update": {
    allowed: staff,
    run: async (c) => {
      const p = await f().programme();
      return c.programmes.update({ id: p.id, version: p.version, summary: "Résumé" });
    },
  },
  "editions.create": {
    allowed: staff,
    run: async (c) => c.editions.create({ programmeId: (await f().programme()).id, name: "Édition", year: 2026 }),
  },
  "editions.update": {
    allowed: staff,
    run: async (c) => {
      const edition = await f().edition((await f().programme()).id, 2026);
      return c.editions.update({ id: edition.id, version: 0, status: "open" });
    },
  },
  "projects.list": { allowed: signedIn, run: (c) => c.projects.list() },
  "projects.get": { allowed: bondyAndStaff, run: async (c) => c.projects.get({ id: (await bondyProject()).id }) },
  "projects.history": {
    allowed: bondyAndStaff,
    run: async (c) => c.projects.history({ id: (await bondyProject()).id }),
  },
  "projects.create": {
    allowed: staff,
    run: async (c) =>
      c.projects.create({ programmeId: (await f().programme()).id, communeInseeCode: "93010", title: "Projet" }),
  },
  "projects.update": {
    allowed: staff,
    run: async (c) => {
      const p = await bondyProject();
      return c.projects.update({ id: p.id, version: p.version, summary: "Nouveau résumé" });
    },
  },
  "projects.changeStatus": {
    allowed: staff,
    run: async (c) => {
      const p = await bondyProject();
      return c.projects.changeStatus({ id: p.id, version: p.version, status: "mature" });
    },
  },
  "plan.list": { allowed: bondyAndStaff, run: async (c) => c.plan.list({ projectId: (await bondyProject()).id }) },
  "plan.history": {
    allowed: bondyAndStaff,
    run: async (c) => c.plan.history({ projectId: (await bondyProject()).id }),
  },
  "plan.overdue": { allowed: staff, run: (c) => c.plan.overdue() },
  "plan.create": {
    allowed: staff,
    run: async (c) =>
      c.plan.create({ projectId: (await bondyProject()).id, kind: "action", title: "Action", dueOn: "2026-06-30" }),
  },
  "plan.update": {
    allowed: staff,
    run: async (c) => {
      const item = await f().planItem({ projectId: (await bondyProject()).id });
      return c.plan.update({ id: item.id, version: item.version, progress: 50 });
    },
  },
  "plan.remove": {
    allowed: staff,
    run: async (c) => {
      const item = await f().planItem({ projectId: (await bondyProject()).id });
      return c.plan.remove({ id: item.id, version: item.version });
    },
  },
  "updates.get": {
    allowed: bondyAndStaff,
    run: async (c) => c.updates.get({ id: (await f().update({ projectId: (await bondyProject()).id })).id }),
  },
  "updates.inbox": { allowed: signedIn, run: (c) => c.updates.inbox() },
  "updates.create": {
    allowed: bondyAndStaff,
    run: async (c) => c.updates.create({ projectId: (await bondyProject()).id, title: "Point", body: "Texte" }),
  },
  "updates.edit": {
    allowed: bondyAndStaff,
    run: async (c) => {
      const u = await f().update({ projectId: (await bondyProject()).id, status: "returned" });
      return c.updates.edit({ id: u.id, version: u.version, title: "Corrigé", body: "Texte corrigé", submit: true });
    },
  },
  "updates.review": {
    allowed: staff,
    run: async (c) => {
      const u = await f().update({ projectId: (await bondyProject()).id, status: "submitted" });
      return c.updates.review({ id: u.id, version: u.version, decision: "approve" });
    },
  },
  "indicators.list": { allowed: signedIn, run: (c) => c.indicators.list() },
  "indicators.get": { allowed: signedIn, run: async (c) => c.indicators.get({ id: (await f().indicator()).id }) },
  "indicators.create": {
    allowed: staff,
    run: (c) =>
      c.indicators.create({
        code: `ind_${Math.random().toString(36).slice(2, 10)}`,
        name: "Commerces actifs",
        unit: "nombre",
        kind: "performance",
        direction: "higher_is_better",
        frequency: "yearly",
        aggregation: "sum",
      }),
  },
  "indicators.update": {
    allowed: staff,
    run: async (c) => {
      const i = await f().indicator();
      return c.indicators.update({ id: i.id, version: i.version, name: "Nouveau nom" });
    },
  },
  "indicators.assign": {
    allowed: staff,
    run: async (c) =>
      c.indicators.assign({ indicatorId: (await f().indicator()).id, programmeId: (await f().programme()).id }),
  },
  "indicators.updateAssignment": {
    allowed: staff,
    run: async (c) => {
      const a = await db.prisma.indicatorAssignment.create({
        select: { id: true, version: true },
        data: { indicatorId: (await f().indicator()).id, programmeId: (await f().programme()).id },
      });
      return c.indicators.updateAssignment({ id: a.id, version: a.version, alertThreshold: 7.5 });
    },
  },
  "indicators.removeAssignment": {
    allowed: staff,
    run: async (c) => {
      const a = await db.prisma.indicatorAssignment.create({
        select: { id: true, version: true },
        data: { indicatorId: (await f().indicator()).id, programmeId: (await f().programme()).id },
      });
      return c.indicators.removeAssignment({ id: a.id, version: a.version });
    },
  },
  "campaigns.list": { allowed: signedIn, run: (c) => c.campaigns.list() },
  "campaigns.get": {
    allowed: bondyAndStaff,
    run: async (c) => c.campaigns.get({ id: (await bondyCampaign()).campaign.id }),
  },
  "campaigns.sheet": {
    allowed: bondyAndStaff,
    run: async (c) => c.campaigns.sheet({ campaignId: (await bondyCampaign()).campaign.id, communeInseeCode: "93010" }),
  },
  "campaigns.create": {
    allowed: staff,
    run: async (c) =>
      c.campaigns.create({
        programmeId: (await f().programme()).id,
        name: "Collecte 2025",
        periodStart: "2025-01-01",
        periodEnd: "2025-12-31",
        deadline: "2026-03-31",
        indicatorIds: [(await f().indicator()).id],
        communeCodes: ["93010"],
      }),
  },
  "campaigns.update": {
    allowed: staff,
    run: async (c) => {
      const { campaign } = await bondyCampaign();
      return c.campaigns.update({ id: campaign.id, version: campaign.version, name: "Collecte renommée" });
    },
  },
  "campaigns.changeStatus": {
    allowed: staff,
    run: async (c) => {
      const { campaign } = await bondyCampaign();
      return c.campaigns.changeStatus({ id: campaign.id, version: campaign.version, status: "closed" });
    },
  },
  "campaigns.sendReminders": { allowed: staff, run: (c) => c.campaigns.sendReminders() },
  "experts.list": {
    allowed: staff,
    run: (c) => c.experts.list({ skill: "commerce", availableFrom: "2026-01-01", availableTo: "2026-01-31" }),
  },
  "experts.get": {
    allowed: staff,
    run: async (c) => c.experts.get({ id: (await expertFactories(db.prisma).expert()).id }),
  },
  "experts.history": {
    allowed: staff,
    run: async (c) => c.experts.history({ id: (await expertFactories(db.prisma).expert()).id }),
  },
  "experts.create": {
    allowed: staff,
    run: (c) => c.experts.create({ name: "Cabinet de la matrice (fictif)", kind: "amo", skills: ["Commerce"] }),
  },
  "experts.update": {
    allowed: staff,
    run: async (c) => {
      const expert = await expertFactories(db.prisma).expert();
      return c.experts.update({ id: expert.id, version: expert.version, notes: "Note" });
    },
  },
  "experts.createMission": {
    allowed: staff,
    run: async (c) =>
      c.experts.createMission({
        expertId: (await expertFactories(db.prisma).expert()).id,
        projectId: (await bondyProject()).id,
        title: "Diagnostic commercial",
        startsOn: "2026-01-05",
        endsOn: "2026-03-31",
      }),
  },
  "experts.updateMission": {
    allowed: staff,
    run: async (c) => {
      const e = expertFactories(db.prisma);
      const m = await e.mission({ expertId: (await e.expert()).id, projectId: (await bondyProject()).id });
      return c.experts.updateMission({ expertId: m.expertId, id: m.id, version: m.version, days: 5 });
    },
  },
  "experts.changeMissionStatus": {
    allowed: staff,
    run: async (c) => {
      const e = expertFactories(db.prisma);
      const m = await e.mission({ expertId: (await e.expert()).id, projectId: (await bondyProject()).id });
      return c.experts.changeMissionStatus({ expertId: m.expertId, id: m.id, version: m.version, status: "ordered" });
    },
  },
  "values.get": { allowed: bondyAndStaff, run: async (c) => c.values.get({ id: (await bondyValue()).value.id }) },
  "values.reviewQueue": { allowed: staff, run: (c) => c.values.reviewQueue() },
  "values.save": {
    allowed: bondyAndStaff,
    run: async (c) => {
      const { indicator, campaign } = await bondyCampaign();
      return c.values.save({
        indicatorId: indicator.id,
        communeInseeCode: "93010",
        period: "2025",
        campaignId: campaign.id,
        value: 12,
      });
    },
  },
  "values.submitAll": {
    allowed: bondyAndStaff,
    run: async (c) => c.values.submitAll({ campaignId: (await bondyValue()).campaign.id, communeInseeCode: "93010" }),
  },
  "values.review": {
    allowed: staff,
    run: async (c) => {
      const { value } = await bondyValue("submitted");
      return c.values.review({ id: value.id, version: value.version, decision: "approve" });
    },
  },
  "values.approveAll": {
    allowed: staff,
    run: async (c) =>
      c.values.approveAll({ campaignId: (await bondyValue("submitted")).campaign.id, communeInseeCode: "93010" }),
  },
  "figures.dashboard": {
    allowed: staff,
    run: async (c) => c.figures.dashboard({ programmeId: (await f().programme()).id }),
  },
  "figures.breakdown": {
    allowed: staff,
    run: async (c) =>
      c.figures.breakdown({
        programmeId: (await f().programme()).id,
        indicatorId: (await f().indicator()).id,
        year: 2025,
      }),
  },
  "figures.series": {
    allowed: staff,
    run: async (c) =>
      c.figures.series({ programmeId: (await f().programme()).id, indicatorId: (await f().indicator()).id }),
  },
  "funding.overview": {
    allowed: bondyAndStaff,
    run: async (c) => c.funding.overview({ projectId: (await bondyFunding()).project.id }),
  },
  "funding.history": {
    allowed: bondyAndStaff,
    run: async (c) => c.funding.history({ projectId: (await bondyFunding()).project.id }),
  },
  "funding.createLine": {
    allowed: staff,
    run: async (c) =>
      c.funding.createLine({
        projectId: (await bondyProject()).id,
        funderKind: "region",
        funderName: "Région Île-de-France",
        amount: "200000",
      }),
  },
  "funding.updateLine": {
    allowed: staff,
    run: async (c) => {
      const { project, line } = await bondyFunding();
      return c.funding.updateLine({ projectId: project.id, id: line.id, version: line.version, status: "committed" });
    },
  },
  "funding.removeLine": {
    allowed: staff,
    run: async (c) => {
      const { project, line } = await bondyFunding();
      return c.funding.removeLine({ projectId: project.id, id: line.id, version: line.version });
    },
  },
  "funding.createGrant": {
    allowed: staff,
    run: async (c) => c.funding.createGrant(bondyGrantInput((await bondyProject()).id)),
  },
  "funding.updateGrant": {
    allowed: staff,
    run: async (c) => {
      const { project, grant } = await bondyFunding();
      return c.funding.updateGrant({ projectId: project.id, id: grant.id, version: grant.version, raeId: "12345" });
    },
  },
  "funding.setSchedule": {
    allowed: staff,
    run: async (c) => {
      const { project, grant } = await bondyFunding();
      return c.funding.setSchedule({
        projectId: project.id,
        grantId: grant.id,
        version: grant.version,
        instalments: [{ dueOn: "2025-06-30", amount: "50000" }],
      });
    },
  },
  "funding.addPayment": {
    allowed: staff,
    run: async (c) => {
      const { project, grant } = await bondyFunding();
      return c.funding.addPayment({ projectId: project.id, grantId: grant.id, paidOn: "2025-07-01", amount: "30000" });
    },
  },
  "applications.list": { allowed: signedIn, run: (c) => c.applications.list() },
  "applications.editions": { allowed: signedIn, run: (c) => c.applications.editions() },
  "applications.get": {
    allowed: bondyAndStaff,
    run: async (c) => c.applications.get({ id: (await bondyApplication()).id }),
  },
  "applications.history": {
    allowed: bondyAndStaff,
    run: async (c) => c.applications.history({ id: (await bondyApplication()).id }),
  },
  "applications.create": {
    allowed: bondyAndStaff,
    run: async (c) =>
      c.applications.create({
        editionId: (await applicationFactories(db.prisma).edition()).id,
        communeInseeCode: "93010",
        title: "Candidature",
      }),
  },
  "applications.update": {
    allowed: bondyAndStaff,
    run: async (c) => {
      const a = await bondyApplication();
      return c.applications.update({ id: a.id, version: a.version, perimeter: "Place du marché" });
    },
  },
  "applications.submit": {
    allowed: bondyAndStaff,
    run: async (c) => {
      const a = await bondyApplication();
      return c.applications.submit({ id: a.id, version: a.version });
    },
  },
  "applications.withdraw": {
    allowed: bondyAndStaff,
    run: async (c) => {
      const a = await bondyApplication("submitted");
      return c.applications.withdraw({ id: a.id, version: a.version });
    },
  },
  "applications.assessEligibility": {
    allowed: staff,
    run: async (c) => {
      const a = await bondyApplication("submitted");
      return c.applications.assessEligibility({ id: a.id, version: a.version, eligible: true, note: "" });
    },
  },
  "applications.decide": {
    allowed: staff,
    run: async (c) => {
      const a = await bondyApplication("eligible");
      return c.applications.decide({
        id: a.id,
        version: a.version,
        selected: true,
        note: "Retenue par le comité.",
        decidedOn: "2025-05-15",
      });
    },
  },
  "applications.createContract": {
    allowed: staff,
    run: async (c) =>
      c.applications.createContract({ applicationId: (await bondyApplication("selected")).id, ...signedContract }),
  },
  "applications.updateContract": {
    allowed: staff,
    run: async (c) => {
      const contract = await applicationFactories(db.prisma).contract();
      return c.applications.updateContract({ id: contract.id, version: contract.version, durationMonths: 48 });
    },
  },
  "imports.start": {
    allowed: bondyAndStaff,
    run: async (c, _db, me) => {
      const file = await db.prisma.storedFile.create({
        select: { id: true },
        data: {
          fileName: "valeurs.csv",
          mimeType: "text/csv",
          sizeBytes: 10,
          sha256: "0".repeat(64),
          storageKey: `2026/01/${crypto.randomUUID()}`,
          uploadedById: me?.id ?? null,
        },
      });
      return c.imports.start({ fileId: file.id, campaignId: (await bondyCampaign()).campaign.id });
    },
  },
  "imports.get": {
    allowed: bondyAndStaff,
    run: async (c, _db, me) => c.imports.get({ id: (await bondyImport(me)).id }),
  },
  "governance.bodies": { allowed: staff, run: (c) => c.governance.bodies() },
  "governance.body": {
    allowed: staff,
    run: async (c) => c.governance.body({ id: (await governanceFixture()).body.id }),
  },
  "governance.createBody": {
    allowed: staff,
    run: async (c) =>
      c.governance.createBody({ programmeId: (await f().programme()).id, kind: "working_group", name: "Groupe" }),
  },
  "governance.updateBody": {
    allowed: staff,
    run: async (c) => {
      const { body } = await governanceFixture();
      return c.governance.updateBody({ id: body.id, version: body.version, description: "Rôle du comité" });
    },
  },
  "governance.addMember": {
    allowed: staff,
    run: async (c) => c.governance.addMember({ bodyId: (await governanceFixture()).body.id, name: "Membre" }),
  },
  "governance.removeMember": {
    allowed: staff,
    run: async (c) => {
      const { body, member } = await governanceFixture();
      return c.governance.removeMember({ bodyId: body.id, memberId: member.id });
    },
  },
  "governance.meeting": {
    allowed: staff,
    run: async (c) => c.governance.meeting({ id: (await governanceFixture()).meeting.id }),
  },
  "governance.createMeeting": {
    allowed: staff,
    run: async (c) =>
      c.governance.createMeeting({
        bodyId: (await governanceFixture()).body.id,
        title: "Réunion",
        startsAt: "2030-01-15T14:00:00+01:00",
      }),
  },
  "governance.updateMeeting": {
    allowed: staff,
    run: async (c) => {
      const { meeting } = await governanceFixture();
      return c.governance.updateMeeting({ id: meeting.id, version: meeting.version, agenda: "Ordre du jour" });
    },
  },
  "governance.recordAttendance": {
    allowed: staff,
    run: async (c) => {
      const { meeting, member } = await governanceFixture();
      return c.governance.recordAttendance({
        meetingId: meeting.id,
        version: meeting.version,
        attendance: [{ memberId: member.id, status: "present" }],
      });
    },
  },
  "governance.setDecisions": {
    allowed: staff,
    run: async (c) => {
      const { meeting, project } = await governanceFixture();
      return c.governance.setDecisions({
        meetingId: meeting.id,
        version: meeting.version,
        decisions: [{ text: "Décision", projectId: project.id }],
      });
    },
  },
  "governance.createActionItem": {
    allowed: staff,
    run: async (c) => {
      const { meeting, project } = await governanceFixture();
      return c.governance.createActionItem({
        meetingId: meeting.id,
        title: "Action",
        owner: "Ville de Bondy",
        dueOn: "2026-06-30",
        projectId: project.id,
      });
    },
  },
  "governance.updateActionItem": {
    allowed: staff,
    run: async (c) => {
      const { item } = await governanceFixture();
      return c.governance.updateActionItem({ id: item.id, version: item.version, status: "done" });
    },
  },
  "governance.actionItems": {
    allowed: staff,
    run: async (c) => c.governance.actionItems({ projectId: (await governanceFixture()).project.id }),
  },
  "governance.raci": {
    allowed: staff,
    run: async (c) => c.governance.raci({ projectId: (await bondyProject()).id }),
  },
  "governance.setRaci": {
    allowed: staff,
    run: async (c) =>
      c.governance.setRaci({
        projectId: (await bondyProject()).id,
        assignments: [
          { activity: "Concertation", party: "Manager de centre-ville", role: "responsible" },
          { activity: "Concertation", party: "Maire", role: "accountable" },
        ],
      }),
  },
  "imports.confirm": {
    allowed: bondyAndStaff,
    run: async (c, _db, me) => c.imports.confirm({ id: (await bondyImport(me, true)).id }),
  },
  "documents.list": {
    allowed: bondyAndStaff,
    run: async (c) => c.documents.list({ entity: "project", entityId: (await bondyProject()).id }),
  },
  "documents.versions": {
    allowed: bondyAndStaff,
    run: async (c) => c.documents.versions({ id: (await bondyDocument()).id }),
  },
  "documents.create": {
    allowed: bondyAndStaff,
    run: async (c, _db, me) =>
      c.documents.create({
        entity: "project",
        entityId: (await bondyProject()).id,
        title: "Convention",
        fileId: (await documentFactories(db.prisma).storedFile({ uploadedById: me?.id ?? null })).id,
      }),
  },
  "documents.addVersion": {
    allowed: bondyAndStaff,
    run: async (c, _db, me) => {
      const document = await bondyDocument();
      const file = await documentFactories(db.prisma).storedFile({ uploadedById: me?.id ?? null });
      return c.documents.addVersion({ id: document.id, version: document.version, fileId: file.id });
    },
  },
  "documents.remove": {
    allowed: staff,
    run: async (c) => {
      const document = await bondyDocument();
      return c.documents.remove({ id: document.id, version: document.version });
    },
  },
  ...networkMatrix(),
  ...communicationMatrix(),
  ...reportMatrix(),
  ...eventMatrix(),
  ...publicationMatrix(),
  ...guideMatrix(),
};

/** The annual report: officers write, generate and publish it; contributors see none of it. */
function reportMatrix(): Record<string, { allowed: RoleName[]; run: Case }> {
  const r = () => reportFactories(db.prisma);
  return {
    "reports.list": { allowed: staff, run: (c) => c.reports.list() },
    "reports.get": {
      allowed: staff,
      run: async (c) => c.reports.get({ id: (await r().reportWithSnapshot()).report.id }),
    },
    "reports.create": {
      allowed: staff,
      run: async (c) => c.reports.create({ programmeId: (await f().programme()).id, year: 2025 }),
    },
    "reports.update": {
      allowed: staff,
      run: async (c) => {
        const { report } = await r().reportWithSnapshot();
        return c.reports.update({ id: report.id, title: "Bilan de la matrice", version: report.version });
      },
    },
    "reports.updateSection": {
      allowed: staff,
      run: async (c, database) => {
        const { report } = await r().reportWithSnapshot();
        await database.reportSection.create({
          data: { reportId: report.id, key: "introduction", title: "Introduction", position: 0 },
        });
        return c.reports.updateSection({
          reportId: report.id,
          key: "introduction",
          title: "Introduction",
          body: "Texte",
          version: 0,
        });
      },
    },
    "reports.generate": {
      allowed: staff,
      run: async (c) => {
        const { report } = await r().reportWithSnapshot();
        await c.reports.generate({ id: report.id });
        // The generation runs in the background: wait for its end so the browser and the database are left idle.
        for (let i = 0; i < 300; i++) {
          const { generation } = await c.reports.get({ id: report.id });
          if (generation?.status === "done" || generation?.status === "failed") return generation;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error("La génération ne s'est pas terminée.");
      },
    },
    "reports.publish": {
      allowed: staff,
      run: async (c) => {
        const { report, snapshot } = await r().reportWithSnapshot();
        return c.reports.publish({ id: report.id, snapshotId: snapshot.id, version: report.version });
      },
    },
  };
}

/** Partners, contacts and networks: officers' tools; a contributor never sees a contact. */
function networkMatrix(): Record<string, { allowed: RoleName[]; run: Case }> {
  const n = () => networkFactories(db.prisma);
  return {
    "partners.list": { allowed: staff, run: (c) => c.partners.list({ kind: "chamber" }) },
    "partners.get": { allowed: staff, run: async (c) => c.partners.get({ id: (await n().organisation()).id }) },
    "partners.history": {
      allowed: staff,
      run: async (c) => c.partners.history({ id: (await n().organisation()).id }),
    },
    "partners.create": {
      allowed: staff,
      run: (c) => c.partners.create({ name: "Partenaire de la matrice", kind: "company", siret: "20005478100022" }),
    },
    "partners.update": {
      allowed: staff,
      run: async (c) => {
        const o = await n().organisation();
        return c.partners.update({ id: o.id, version: o.version, notes: "Note" });
      },
    },
    "contacts.list": { allowed: staff, run: (c) => c.contacts.list({ q: "Camille" }) },
    "contacts.get": { allowed: staff, run: async (c) => c.contacts.get({ id: (await n().contact()).id }) },
    "contacts.history": { allowed: staff, run: async (c) => c.contacts.history({ id: (await n().contact()).id }) },
    "contacts.create": {
      allowed: staff,
      run: (c) => c.contacts.create({ firstName: "Alex", lastName: "Matrice", legalBasis: "public_task" }),
    },
    "contacts.update": {
      allowed: staff,
      run: async (c) => {
        const contact = await n().contact();
        return c.contacts.update({ id: contact.id, version: contact.version, lastContactAt: "today" });
      },
    },
    "contacts.retentionPreview": { allowed: staff, run: (c) => c.contacts.retentionPreview() },
    "contacts.applyRetention": { allowed: staff, run: (c) => c.contacts.applyRetention() },
    "contacts.exportPerson": {
      allowed: staff,
      run: async (c) => c.contacts.exportPerson({ id: (await n().contact()).id }),
    },
    "contacts.erase": {
      allowed: staff,
      run: async (c) => {
        const contact = await n().contact();
        return c.contacts.erase({ id: contact.id, version: contact.version, reason: "Demande de la personne" });
      },
    },
    "networks.list": { allowed: staff, run: (c) => c.networks.list() },
    "networks.get": { allowed: staff, run: async (c) => c.networks.get({ id: (await n().network()).id }) },
    "networks.history": { allowed: staff, run: async (c) => c.networks.history({ id: (await n().network()).id }) },
    "networks.create": {
      allowed: staff,
      run: (c) => c.networks.create({ name: "Réseau de la matrice", kind: "other" }),
    },
    "networks.update": {
      allowed: staff,
      run: async (c) => {
        const network = await n().network();
        return c.networks.update({ id: network.id, version: network.version, description: "Description" });
      },
    },
    "networks.addMember": {
      allowed: staff,
      run: async (c) =>
        c.networks.addMember({ networkId: (await n().network()).id, contactId: (await n().contact()).id }),
    },
    "networks.removeMember": {
      allowed: staff,
      run: async (c) => {
        const network = await n().network();
        const member = await n().member({ networkId: network.id, contactId: (await n().contact()).id });
        return c.networks.removeMember({ networkId: network.id, memberId: member.id });
      },
    },
    "networks.createMeeting": {
      allowed: staff,
      run: async (c) =>
        c.networks.createMeeting({
          networkId: (await n().network()).id,
          title: "Réunion de la matrice",
          startsAt: "2026-03-12T14:30:00+01:00",
        }),
    },
    "networks.updateMeeting": {
      allowed: staff,
      run: async (c) => {
        const meeting = await n().meeting({ networkId: (await n().network()).id });
        return c.networks.updateMeeting({
          networkId: meeting.networkId,
          id: meeting.id,
          version: meeting.version,
          notes: "Compte rendu",
        });
      },
    },
  };
}

/** The communication plan and the veille: officers' tools; a contributor sees none of it. */
function communicationMatrix(): Record<string, { allowed: RoleName[]; run: Case }> {
  const c8n = () => communicationFactories(db.prisma);
  return {
    "communication.list": { allowed: staff, run: (c) => c.communication.list({ month: "2026-12" }) },
    "communication.get": { allowed: staff, run: async (c) => c.communication.get({ id: (await c8n().action()).id }) },
    "communication.options": { allowed: staff, run: (c) => c.communication.options() },
    "communication.history": {
      allowed: staff,
      run: async (c) => c.communication.history({ id: (await c8n().action()).id }),
    },
    "communication.create": {
      allowed: staff,
      run: (c) => c.communication.create({ title: "Annonce", channel: "website", plannedOn: "2026-12-03" }),
    },
    "communication.update": {
      allowed: staff,
      run: async (c) => {
        const action = await c8n().action();
        return c.communication.update({ id: action.id, version: action.version, status: "in_progress" });
      },
    },
    "communication.delete": {
      allowed: staff,
      run: async (c) => {
        const action = await c8n().action();
        return c.communication.delete({ id: action.id, version: action.version });
      },
    },
    "watch.sources": { allowed: staff, run: (c) => c.watch.sources() },
    "watch.createSource": {
      allowed: staff,
      run: (c) =>
        c.watch.createSource({
          name: "Flux",
          url: `https://matrice-${Math.random().toString(36).slice(2)}.example.org/`,
        }),
    },
    "watch.updateSource": {
      allowed: staff,
      run: async (c) => {
        const source = await c8n().watchSource();
        return c.watch.updateSource({ id: source.id, version: source.version, name: "Renommée" });
      },
    },
    "watch.deleteSource": {
      allowed: staff,
      run: async (c) => {
        const source = await c8n().watchSource();
        return c.watch.deleteSource({ id: source.id, version: source.version });
      },
    },
    "watch.fetchNow": {
      allowed: staff,
      // A fetch that fails on its fictitious address: the request is accepted all the same.
      run: async (c) =>
        c.watch.fetchNow({ id: (await c8n().watchSource({ url: "http://127.0.0.1:9/flux.xml?" + Math.random() })).id }),
    },
    "watch.items": { allowed: staff, run: (c) => c.watch.items({ status: "new" }) },
    "watch.rateItem": {
      allowed: staff,
      run: async (c) => {
        const item = await c8n().watchItem((await c8n().watchSource()).id);
        return c.watch.rateItem({ id: item.id, version: item.version, relevance: 2 });
      },
    },
    "watch.convertToDraft": {
      allowed: staff,
      run: async (c) => {
        const item = await c8n().watchItem((await c8n().watchSource()).id);
        return c.watch.convertToDraft({ id: item.id, version: item.version });
      },
    },
  };
}

/** The officers' management of events: registrations are personal data, so contributors see none of it. */
function eventMatrix(): Record<string, { allowed: RoleName[]; run: Case }> {
  const draft = () => eventFactories(db.prisma).event({ status: "draft" });
  return {
    "events.list": { allowed: staff, run: (c) => c.events.list({ status: "published" }) },
    "events.get": { allowed: staff, run: async (c) => c.events.get({ id: (await draft()).id }) },
    "events.create": {
      allowed: staff,
      run: (c) =>
        c.events.create({
          kind: "workshop",
          title: "Atelier de la matrice",
          startsAt: "2026-05-12T14:00:00+02:00",
          endsAt: "2026-05-12T17:00:00+02:00",
        }),
    },
    "events.update": {
      allowed: staff,
      run: async (c) => {
        const event = await draft();
        return c.events.update({ id: event.id, version: event.version, title: "Renommé" });
      },
    },
    "events.publish": {
      allowed: staff,
      run: async (c) => {
        const event = await draft();
        return c.events.publish({ id: event.id, version: event.version });
      },
    },
    "events.cancel": {
      allowed: staff,
      run: async (c) => {
        const event = await draft();
        return c.events.cancel({ id: event.id, version: event.version });
      },
    },
    "events.setPartners": {
      allowed: staff,
      run: async (c) => {
        const event = await draft();
        return c.events.setPartners({ id: event.id, version: event.version, ids: [] });
      },
    },
    "events.setProjects": {
      allowed: staff,
      run: async (c) => {
        const event = await draft();
        return c.events.setProjects({ id: event.id, version: event.version, ids: [(await bondyProject()).id] });
      },
    },
    "events.takeAttendance": {
      allowed: staff,
      // The factory's event (March 2026) has started by the time the tests run.
      run: async (c) =>
        c.events.takeAttendance({ eventId: (await eventFactories(db.prisma).event()).id, presentIds: [] }),
    },
  };
}

/** A document of one version on a Bondy project. */
async function bondyDocument() {
  return documentFactories(db.prisma).document({ entity: "project", entityId: (await bondyProject()).id });
}

async function callerFor(role: RoleName) {
  const user =
    role === "anonymous"
      ? null
      : role === "otherCommune"
        ? await actor(db.prisma, "contributor", ["93006"])
        : await actor(db.prisma, role);
  return { caller: appCaller(db.prisma, user).caller, user };
}

const refusedCodes = ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"];

describe("permission matrix of the app router", () => {
  it("covers every procedure", () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const [procedure, { allowed, run }] of Object.entries(matrix)) {
    for (const role of roles) {
      const expected = allowed.includes(role) ? "allowed" : "refused";
      it(`${procedure} × ${role}: ${expected}`, async () => {
        const { caller, user } = await callerFor(role);
        const outcome = await run(caller, db.prisma, user).then(
          () => "allowed",
          (error: unknown) => {
            if (error instanceof TRPCError && refusedCodes.includes(error.code)) return "refused";
            throw error;
          },
        );
        expect(outcome).toBe(expected);
      });
    }
  }
});

describe("the public router", () => {
  it("answers every role the same, without a session", async () => {
    expect(Object.keys(publicRouter._def.procedures).sort()).toEqual([
      "annualReport",
      "annualReports",
      "communeIndicators",
      "event",
      "events",
      "guide",
      "guideChapter",
      "indicatorSeries",
      "map",
      "openData",
      "programme",
      "programmeIndicators",
      "programmes",
      "project",
      "projectIndicators",
      "projectPlan",
      "projects",
      "publication",
      "publications",
      "search",
      "site",
    ]);
    const project = await f().project();
    const programme = await db.prisma.programme.findUniqueOrThrow({
      where: { id: project.programmeId },
      select: { slug: true },
    });
    const api = publicCaller(db.prisma);
    await expect(api.site()).resolves.toBeTruthy();
    await expect(api.programmes()).resolves.toBeTruthy();
    await expect(api.programme({ slug: programme.slug })).resolves.toBeTruthy();
    await expect(api.projects()).resolves.toBeTruthy();
    await expect(api.project({ slug: project.slug })).resolves.toBeTruthy();
    await expect(api.projectPlan({ slug: project.slug })).resolves.toBeTruthy();
    await expect(api.projectIndicators({ slug: project.slug })).resolves.toBeTruthy();
    await expect(api.indicatorSeries({ slug: programme.slug })).resolves.toBeTruthy();
    await expect(api.search({ q: "commerce" })).resolves.toBeTruthy();
    await expect(api.map({})).resolves.toBeTruthy();
    await expect(api.openData()).resolves.toBeTruthy();
    await expect(api.annualReports()).resolves.toBeTruthy();
    const event = await eventFactories(db.prisma).event();
    const publication = await eventFactories(db.prisma).publication();
    await expect(api.events()).resolves.toBeTruthy();
    await expect(api.event({ slug: event.slug })).resolves.toBeTruthy();
    await expect(api.publications()).resolves.toBeTruthy();
    await expect(api.publication({ slug: publication.slug })).resolves.toBeTruthy();
    await expect(api.guide()).resolves.toBeTruthy();
    const chapter = await guideFactories(db.prisma).chapter();
    await expect(api.guideChapter({ slug: chapter.slug })).resolves.toBeTruthy();
    await expect(api.programmeIndicators({ slug: programme.slug })).resolves.toBeTruthy();
    const commune = await db.prisma.project.findUniqueOrThrow({
      where: { id: project.id },
      select: { communeInseeCode: true },
    });
    await expect(api.communeIndicators({ inseeCode: commune.communeInseeCode })).resolves.toBeTruthy();
  });

  it("has only queries", () => {
    for (const [name, procedure] of Object.entries(publicRouter._def.procedures)) {
      expect((procedure as { _def: { type: string } })._def.type, name).toBe("query");
    }
  });
});

/** Publications: officers' tools; contributors and partners see no draft. */
function publicationMatrix(): Record<string, { allowed: RoleName[]; run: Case }> {
  const draft = () => eventFactories(db.prisma).publication({ status: "draft", publishAt: null });
  const image = async (publicationId: string) => {
    const file = await db.prisma.storedFile.create({
      select: { id: true },
      data: {
        fileName: "photo.png",
        mimeType: "image/png",
        sizeBytes: 8,
        sha256: "0".repeat(64),
        storageKey: `matrice-${Math.random().toString(36).slice(2)}`,
      },
    });
    return db.prisma.publicationImage.create({
      select: { id: true, fileId: true },
      data: { publicationId, fileId: file.id, alt: "Une vitrine" },
    });
  };
  return {
    "publications.list": { allowed: staff, run: (c) => c.publications.list({ status: "draft" }) },
    "publications.get": { allowed: staff, run: async (c) => c.publications.get({ id: (await draft()).id }) },
    "publications.create": {
      allowed: staff,
      run: (c) => c.publications.create({ kind: "news", title: "Une actualité de la matrice" }),
    },
    "publications.update": {
      allowed: staff,
      run: async (c) => {
        const p = await draft();
        return c.publications.update({ id: p.id, version: p.version, title: "Retitrée" });
      },
    },
    "publications.restoreVersion": {
      allowed: staff,
      run: async (c) => {
        const p = await draft();
        const v = await db.prisma.publicationVersion.create({
          select: { id: true },
          data: { publicationId: p.id, number: 1, title: "Ancien titre" },
        });
        return c.publications.restoreVersion({ id: p.id, version: p.version, versionId: v.id });
      },
    },
    "publications.transition": {
      allowed: staff,
      run: async (c) => {
        const p = await draft();
        return c.publications.transition({ id: p.id, version: p.version, to: "review" });
      },
    },
    "publications.addImage": {
      allowed: staff,
      run: async (c) => {
        const p = await draft();
        const { fileId } = await image(p.id);
        return c.publications.addImage({ publicationId: p.id, fileId, alt: "La même vitrine" });
      },
    },
    "publications.updateImage": {
      allowed: staff,
      run: async (c) => c.publications.updateImage({ id: (await image((await draft()).id)).id, caption: "Légende" }),
    },
    "publications.removeImage": {
      allowed: staff,
      run: async (c) => c.publications.removeImage({ id: (await image((await draft()).id)).id }),
    },
    // Partners preview their proposals to the guide with the same renderer.
    "publications.preview": {
      allowed: [...staff, "partner"],
      run: (c) => c.publications.preview({ body: "**gras**" }),
    },
  };
}

/** The guide: partners read it and propose; officers write and decide; contributors nothing. */
function guideMatrix(): Record<string, { allowed: RoleName[]; run: Case }> {
  const g = () => guideFactories(db.prisma);
  const partnerAndStaff: RoleName[] = [...staff, "partner"];
  // The caller's own proposal when they may propose, so "their own" is what is tested.
  const proposalOf = async (me: SessionUser | null) =>
    g().proposal(await g().chapter(), me && me.role !== "contributor" ? { authorId: me.id } : {});
  return {
    "guide.chapters": { allowed: partnerAndStaff, run: (c) => c.guide.chapters() },
    "guide.chapter": { allowed: partnerAndStaff, run: async (c) => c.guide.chapter({ id: (await g().chapter()).id }) },
    "guide.createChapter": {
      allowed: staff,
      run: (c) => c.guide.createChapter({ title: "Un chapitre de la matrice" }),
    },
    "guide.updateChapter": {
      allowed: staff,
      run: async (c) => {
        const chapter = await g().chapter();
        return c.guide.updateChapter({ id: chapter.id, version: chapter.version, body: "Réécrit." });
      },
    },
    "guide.reorder": { allowed: staff, run: async (c) => c.guide.reorder({ ids: [(await g().chapter()).id] }) },
    "guide.publish": {
      allowed: staff,
      run: async (c) => {
        const chapter = await g().chapter({ status: "draft" });
        return c.guide.publish({ id: chapter.id, version: chapter.version, status: "published" });
      },
    },
    "guide.propose": {
      allowed: partnerAndStaff,
      run: async (c) => {
        const chapter = await g().chapter();
        return c.guide.propose({
          chapterId: chapter.id,
          baseVersion: chapter.version,
          proposedTitle: chapter.title,
          proposedBody: "Un texte meilleur.",
        });
      },
    },
    "guide.proposals": { allowed: partnerAndStaff, run: (c) => c.guide.proposals({ status: "pending" }) },
    "guide.proposal": {
      allowed: partnerAndStaff,
      run: async (c, _db, me) => c.guide.proposal({ id: (await proposalOf(me)).id }),
    },
    "guide.accept": {
      allowed: staff,
      run: async (c, _db, me) => {
        const proposal = await proposalOf(me);
        return c.guide.accept({ id: proposal.id, version: proposal.version });
      },
    },
    "guide.decline": {
      allowed: staff,
      run: async (c, _db, me) => {
        const proposal = await proposalOf(me);
        return c.guide.decline({ id: proposal.id, version: proposal.version, comment: "Hors sujet." });
      },
    },
    "guide.withdraw": {
      allowed: partnerAndStaff,
      run: async (c, _db, me) => {
        const proposal = await proposalOf(me);
        return c.guide.withdraw({ id: proposal.id, version: proposal.version });
      },
    },
  };
}
