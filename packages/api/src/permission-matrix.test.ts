import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, invitationsRepository, type PrismaClient } from "@cvv/db";
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
      "programme",
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
  });

  it("has only queries", () => {
    for (const [name, procedure] of Object.entries(publicRouter._def.procedures)) {
      expect((procedure as { _def: { type: string } })._def.type, name).toBe("query");
    }
  });
});
