import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@cvv/db";
import { createTestDatabase, factories, FACTORY_PASSWORD, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller, tokenFromMail } from "../testing/test-context.js";
import { resolveSession } from "./session.service.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("sign-in and sessions", () => {
  it("signs in with the right password, stores only the token's hash, and signs out for good", async () => {
    const user = await factories(db.prisma).user({ role: "officer" });
    const { caller, cookies } = appCaller(db.prisma, null);
    await caller.auth.signIn({ email: user.email.toUpperCase(), password: FACTORY_PASSWORD });
    const token = cookies.session!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await db.prisma.session.count({ where: { tokenHash: token } })).toBe(0);
    expect(await db.prisma.session.count({ where: { tokenHash: hashToken(token) } })).toBe(1);

    const session = await resolveSession(db.prisma, token, new Date());
    expect(session?.user.id).toBe(user.id);

    const signedIn = appCaller(db.prisma, session!.user);
    signedIn.ctx.sessionTokenHash = session!.tokenHash;
    await signedIn.caller.auth.signOut();
    expect(signedIn.cookies.cleared).toBe(true);
    expect(await resolveSession(db.prisma, token, new Date())).toBeNull();
  });

  it("gives the same French refusal for a wrong password and an unknown e-mail", async () => {
    const user = await factories(db.prisma).user();
    const { caller } = appCaller(db.prisma, null);
    const wrong = await caller.auth.signIn({ email: user.email, password: "pas le bon" }).catch((e) => e);
    const unknown = await caller.auth
      .signIn({ email: "personne@test.example", password: "pas le bon" })
      .catch((e) => e);
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown.code).toBe("UNAUTHORIZED");
    expect(wrong.message).toBe("Adresse électronique ou mot de passe incorrect.");
    expect(unknown.message).toBe(wrong.message);
  });

  it("ends the sessions of a deactivated account at once and refuses its sign-in", async () => {
    const officer = await actor(db.prisma, "officer");
    const target = await factories(db.prisma).user({ role: "contributor" });
    const login = appCaller(db.prisma, null);
    await login.caller.auth.signIn({ email: target.email, password: FACTORY_PASSWORD });
    await appCaller(db.prisma, officer).caller.users.setActive({ id: target.id, version: 0, active: false });
    expect(await resolveSession(db.prisma, login.cookies.session!, new Date())).toBeNull();
    await expect(login.caller.auth.signIn({ email: target.email, password: FACTORY_PASSWORD })).rejects.toMatchObject({
      message: expect.stringContaining("désactivé"),
    });
  });

  it("expires sessions", async () => {
    const user = await factories(db.prisma).user();
    const { caller, cookies } = appCaller(db.prisma, null);
    await caller.auth.signIn({ email: user.email, password: FACTORY_PASSWORD });
    const later = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    expect(await resolveSession(db.prisma, cookies.session!, later)).toBeNull();
  });

  it("refuses mutations from another origin, even with a valid session", async () => {
    const officer = await actor(db.prisma, "officer");
    const crossSite = appCaller(db.prisma, officer, {
      origin: "https://malveillant.example",
      host: "localhost:3000",
      secFetchSite: "cross-site",
      userAgent: null,
      secure: false,
    }).caller;
    await expect(crossSite.programmes.create({ name: "Piège" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const otherOrigin = appCaller(db.prisma, officer, {
      origin: "https://malveillant.example",
      host: "localhost:3000",
      secFetchSite: null,
      userAgent: null,
      secure: false,
    }).caller;
    await expect(otherOrigin.programmes.create({ name: "Piège" })).rejects.toMatchObject({
      message: "Requête refusée : origine non autorisée.",
    });
    expect(await db.prisma.programme.count({ where: { name: "Piège" } })).toBe(0);
    // Reads are not mutations: a cross-origin query is left to CORS, which the server does not open.
    await expect(otherOrigin.programmes.list()).resolves.toBeInstanceOf(Array);
  });
});

describe("invitations", () => {
  it("work once: the second use of a link is refused", async () => {
    const officer = await actor(db.prisma, "officer");
    const asOfficer = appCaller(db.prisma, officer);
    await asOfficer.caller.users.invite({
      email: "une.fois@test.example",
      displayName: "Une Fois",
      role: "contributor",
      communeInseeCodes: ["93010"],
    });
    const token = tokenFromMail(asOfficer.mailer.sent[0]!.text);
    const { caller } = appCaller(db.prisma, null);
    await caller.auth.acceptInvitation({ token, password: "premier mot de passe" });
    await expect(caller.auth.acceptInvitation({ token, password: "second mot de passe" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("n'est plus valable"),
    });
    await expect(
      caller.auth.signIn({ email: "une.fois@test.example", password: "premier mot de passe" }),
    ).resolves.toEqual({ ok: true });
  });

  it("refuses a short password and explains the rule", async () => {
    const { caller } = appCaller(db.prisma, null);
    const error = await caller.auth.acceptInvitation({ token: "x".repeat(43), password: "court" }).catch((e) => e);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Champ « mot de passe » : Le mot de passe doit comporter au moins 12 caractères.");
  });

  it("refuses inviting an officer when the inviter is an officer, and an account already in use", async () => {
    const officer = await actor(db.prisma, "officer");
    const { caller } = appCaller(db.prisma, officer);
    await expect(
      caller.users.invite({ email: "chef@test.example", displayName: "Chef", role: "admin" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const existing = await factories(db.prisma).user({ role: "contributor" });
    await expect(
      caller.users.invite({
        email: existing.email,
        displayName: "Doublon",
        role: "contributor",
        communeInseeCodes: ["93010"],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("requires a commune for a contributor and refuses a commune outside the Métropole", async () => {
    const { caller } = appCaller(db.prisma, await actor(db.prisma, "admin"));
    const missing = await caller.users
      .invite({ email: "a@test.example", displayName: "A", role: "contributor" })
      .catch((e) => e);
    expect(missing.message).toContain("doit être rattaché à au moins une commune");
    const lyon = await caller.users
      .invite({ email: "b@test.example", displayName: "B", role: "contributor", communeInseeCodes: ["69123"] })
      .catch((e) => e);
    expect(lyon.message).toBe("Commune inconnue de la Métropole : 69123.");
    expect(await db.prisma.user.count({ where: { email: { in: ["a@test.example", "b@test.example"] } } })).toBe(0);
  });
});

describe("invitations sent again", () => {
  it("carry the corrected name and communes of a person who has not accepted yet", async () => {
    const { caller, mailer } = appCaller(db.prisma, await actor(db.prisma, "officer"));
    await caller.users.invite({
      email: "retard@test.example",
      displayName: "Nom erroné",
      role: "contributor",
      communeInseeCodes: ["93010"],
    });
    await caller.users.invite({
      email: "retard@test.example",
      displayName: "Nom correct",
      role: "contributor",
      communeInseeCodes: ["93006", "93048"],
    });
    const token = tokenFromMail(mailer.sent[1]!.text);
    const anonymous = appCaller(db.prisma, null);
    expect(await anonymous.caller.auth.invitation({ token })).toEqual({
      email: "retard@test.example",
      displayName: "Nom correct",
    });
    await anonymous.caller.auth.acceptInvitation({ token, password: "un mot de passe solide" });
    const session = await resolveSession(db.prisma, anonymous.cookies.session!, new Date());
    expect(session?.user.communeCodes).toEqual(["93006", "93048"]);
  });

  it("are refused for a deactivated account, whose link could not work", async () => {
    const { caller } = appCaller(db.prisma, await actor(db.prisma, "officer"));
    const pending = await factories(db.prisma).user({ role: "contributor", withPassword: false, active: false });
    await expect(
      caller.users.invite({
        email: pending.email,
        displayName: "Autre",
        role: "contributor",
        communeInseeCodes: ["93010"],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("désactivé") });
  });

  it("refuse the e-mail address as password, on the password field", async () => {
    const officer = appCaller(db.prisma, await actor(db.prisma, "officer"));
    await officer.caller.users.invite({
      email: "meme.adresse@test.example",
      displayName: "Même",
      role: "contributor",
      communeInseeCodes: ["93010"],
    });
    const token = tokenFromMail(officer.mailer.sent[0]!.text);
    const error = await appCaller(db.prisma, null)
      .caller.auth.acceptInvitation({ token, password: "meme.adresse@test.example" })
      .catch((e) => e);
    expect(error.message).toBe("Le mot de passe ne doit pas être votre adresse électronique.");
    expect(error.cause?.field).toBe("password");
  });
});

describe("old invitation links", () => {
  it("stop working once a newer one is sent, and can never replace a password in use", async () => {
    const officer = appCaller(db.prisma, await actor(db.prisma, "officer"));
    const invite = {
      email: "deux.liens@test.example",
      displayName: "Deux Liens",
      role: "contributor" as const,
      communeInseeCodes: ["93010"],
    };
    await officer.caller.users.invite(invite);
    await officer.caller.users.invite(invite);
    const [first, second] = officer.mailer.sent.map((m) => tokenFromMail(m.text));
    const { caller } = appCaller(db.prisma, null);
    await expect(
      caller.auth.acceptInvitation({ token: first!, password: "mot de passe du premier lien" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await caller.auth.acceptInvitation({ token: second!, password: "mot de passe choisi" });
    await expect(
      caller.auth.acceptInvitation({ token: first!, password: "prise de contrôle du compte" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.auth.signIn({ email: invite.email, password: "mot de passe choisi" })).resolves.toEqual({
      ok: true,
    });
  });

  it("tell the officer when the e-mail could not be sent", async () => {
    const officer = appCaller(db.prisma, await actor(db.prisma, "officer"));
    officer.ctx.mailer = {
      delivery: "smtp",
      send: async () => {
        throw new Error("SMTP indisponible");
      },
    };
    const outcome = await officer.caller.users.invite({
      email: "sans.courriel@test.example",
      displayName: "Sans Courriel",
      role: "contributor",
      communeInseeCodes: ["93010"],
    });
    expect(outcome.delivery).toBe("failed");
    expect(await db.prisma.user.count({ where: { email: "sans.courriel@test.example" } })).toBe(1);
  });
});

describe("account activation", () => {
  it("refuses a stale enable/disable, so a disabled account is not re-enabled by an old page", async () => {
    const officer = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
    const colleague = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
    const target = await factories(db.prisma).user({ role: "contributor" });
    await officer.users.setActive({ id: target.id, version: 0, active: false });
    await expect(colleague.users.setActive({ id: target.id, version: 0, active: true })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(
      (await db.prisma.user.findUniqueOrThrow({ where: { id: target.id }, select: { active: true } })).active,
    ).toBe(false);
  });
});

describe("sliding sessions", () => {
  it("extend a session used after a day, and tell the server to renew the cookie, but not on every request", async () => {
    const user = await factories(db.prisma).user();
    const { caller, cookies } = appCaller(db.prisma, null);
    await caller.auth.signIn({ email: user.email, password: FACTORY_PASSWORD });
    const soon = await resolveSession(db.prisma, cookies.session!, new Date(Date.now() + 3600_000));
    expect(soon?.renewedUntil).toBeNull();
    const sixDaysLater = new Date(Date.now() + 6 * 24 * 3600_000);
    const renewed = await resolveSession(db.prisma, cookies.session!, sixDaysLater);
    expect(renewed?.renewedUntil?.getTime()).toBe(sixDaysLater.getTime() + 7 * 24 * 3600_000);
    // Without that renewal the session would have ended on day 7.
    expect(await resolveSession(db.prisma, cookies.session!, new Date(Date.now() + 10 * 24 * 3600_000))).not.toBeNull();
  });
});
