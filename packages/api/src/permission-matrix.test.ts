import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, importJobsRepository, invitationsRepository, type PrismaClient } from "@cvv/db";
import { createTestDatabase, factories, FACTORY_PASSWORD, type TestDatabase } from "@cvv/db/testing";
import type { SessionUser } from "@cvv/domain/users";
import { appRouter } from "./app-router.js";
import { publicRouter } from "./public/public.router.js";
import { actor, appCaller, publicCaller } from "./testing/test-context.js";

/**
 * Every procedure × every role: allowed or refused. Each case builds its own fixtures in the
 * commune of the contributor ("own", Bondy 93010); "otherCommune" is a contributor of Bagnolet,
 * who must be refused wherever the record belongs to Bondy.
 */
type RoleName = "anonymous" | "contributor" | "otherCommune" | "officer" | "admin";
const roles: RoleName[] = ["anonymous", "contributor", "otherCommune", "officer", "admin"];

type AppCaller = ReturnType<typeof appCaller>["caller"];
type Case = (caller: AppCaller, db: PrismaClient, me: SessionUser | null) => Promise<unknown>;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
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
  "projects.list": { allowed: signedIn, run: (c) => c.projects.list() },
  "projects.get": { allowed: bondyAndStaff, run: async (c) => c.projects.get({ id: (await bondyProject()).id }) },
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
  "imports.confirm": {
    allowed: bondyAndStaff,
    run: async (c, _db, me) => c.imports.confirm({ id: (await bondyImport(me, true)).id }),
  },
};

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
      "communeIndicators",
      "programme",
      "programmeIndicators",
      "programmes",
      "project",
      "projects",
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
