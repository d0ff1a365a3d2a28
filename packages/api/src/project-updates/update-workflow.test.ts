import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@cvv/db/testing";
import { resolveSession } from "../auth/session.service.js";
import { actor, appCaller, publicCaller, tokenFromMail } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("from programme to public page", () => {
  it("runs the whole path: create, invite, submit, return, resubmit, approve, publish", async () => {
    const officer = await actor(db.prisma, "officer");
    const asOfficer = appCaller(db.prisma, officer);

    // 1. The officer sets up the programme, an edition, a project, and invites the commune.
    const programme = await asOfficer.caller.programmes.create({
      name: "Centres-villes vivants test",
      status: "active",
    });
    const edition = await asOfficer.caller.editions.create({ programmeId: programme.id, name: "AMI 2026", year: 2026 });
    const project = await asOfficer.caller.projects.create({
      programmeId: programme.id,
      editionId: edition.id,
      communeInseeCode: "93048",
      title: "Rue commerçante de Montreuil",
      summary: "Reconquête des cellules vacantes.",
    });
    expect(project.status).toBe("planned");
    await asOfficer.caller.projects.changeStatus({ id: project.id, version: project.version, status: "mature" });

    const invite = await asOfficer.caller.users.invite({
      email: "Referente@Montreuil.example",
      displayName: "Référente Montreuil",
      role: "contributor",
      communeInseeCodes: ["93048"],
    });
    expect(invite.email).toBe("referente@montreuil.example");
    expect(asOfficer.mailer.sent).toHaveLength(1);
    const token = tokenFromMail(asOfficer.mailer.sent[0]!.text);

    // 2. The contributor accepts, is signed in, and sees only their commune's projects.
    const anonymous = appCaller(db.prisma, null);
    expect(await anonymous.caller.auth.invitation({ token })).toEqual({
      email: "referente@montreuil.example",
      displayName: "Référente Montreuil",
    });
    await anonymous.caller.auth.acceptInvitation({ token, password: "un mot de passe solide" });
    expect(anonymous.cookies.session).toBeTruthy();
    const session = await resolveSession(db.prisma, anonymous.cookies.session!, new Date());
    expect(session?.user).toMatchObject({
      email: "referente@montreuil.example",
      role: "contributor",
      communeCodes: ["93048"],
    });
    const contributor = session!.user;
    const asContributor = appCaller(db.prisma, contributor);

    const visible = await asContributor.caller.projects.list();
    expect(visible.map((p) => p.communeInseeCode)).toEqual(["93048"]);

    const submitted = await asContributor.caller.updates.create({
      projectId: project.id,
      title: "Premier semestre",
      body: "Deux cellules reprises.",
      proposedStatus: "committed",
      submit: true,
    });
    expect(submitted.status).toBe("submitted");

    // Before approval the public sees the project but nothing of the update.
    const before = await publicCaller(db.prisma).project({ slug: project.slug });
    expect(before.updates).toEqual([]);

    // 3. The officer returns it with a comment; the contributor sees it, edits and resubmits.
    const inbox = await asOfficer.caller.updates.inbox();
    expect(inbox.map((u) => u.id)).toContain(submitted.id);
    const returned = await asOfficer.caller.updates.review({
      id: submitted.id,
      version: submitted.version,
      decision: "return",
      comment: "Précisez les surfaces reprises.",
    });
    expect(returned.status).toBe("returned");

    const seen = await asContributor.caller.updates.get({ id: submitted.id });
    expect(seen.reviewComment).toBe("Précisez les surfaces reprises.");
    expect(seen.reviews.map((r) => r.decision)).toEqual(["returned"]);
    expect(await publicCaller(db.prisma).project({ slug: project.slug })).toMatchObject({ updates: [] });

    const resubmitted = await asContributor.caller.updates.edit({
      id: seen.id,
      version: seen.version,
      title: "Premier semestre",
      body: "Deux cellules reprises, 180 m² au total.",
      proposedStatus: "committed",
      submit: true,
    });
    expect(resubmitted.status).toBe("submitted");

    // 4. Approved: published on the portal, and the project takes the proposed status.
    const approved = await asOfficer.caller.updates.review({
      id: resubmitted.id,
      version: resubmitted.version,
      decision: "approve",
    });
    expect(approved.status).toBe("approved");
    const after = await publicCaller(db.prisma).project({ slug: project.slug });
    expect(after.status).toBe("committed");
    expect(after.updates).toEqual([
      expect.objectContaining({ title: "Premier semestre", body: "Deux cellules reprises, 180 m² au total." }),
    ]);
    const trail = await asOfficer.caller.updates.get({ id: submitted.id });
    expect(trail.reviews.map((r) => [r.decision, r.comment])).toEqual([
      ["returned", "Précisez les surfaces reprises."],
      ["approved", null],
    ]);
  });
});

describe("review rules", () => {
  async function submittedUpdate(proposedStatus?: "mature") {
    const officer = await actor(db.prisma, "officer");
    const contributor = await actor(db.prisma, "contributor", ["93010"]);
    const asOfficer = appCaller(db.prisma, officer).caller;
    const programme = await asOfficer.programmes.create({ name: `Programme ${Math.random()}`, status: "active" });
    const project = await asOfficer.projects.create({
      programmeId: programme.id,
      communeInseeCode: "93010",
      title: "Projet",
    });
    const asContributor = appCaller(db.prisma, contributor).caller;
    const update = await asContributor.updates.create({
      projectId: project.id,
      title: "Point",
      body: "Texte",
      submit: true,
      ...(proposedStatus ? { proposedStatus } : {}),
    });
    return { asOfficer, asContributor, project, update };
  }

  it("requires a comment to return an update, naming the field in French", async () => {
    const { asOfficer, update } = await submittedUpdate();
    await expect(
      asOfficer.updates.review({ id: update.id, version: update.version, decision: "return" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const error = await asOfficer.updates
      .review({ id: update.id, version: update.version, decision: "return", comment: "" })
      .catch((e) => e);
    expect(error.message).toContain("Un commentaire est obligatoire");
  });

  it("refuses editing an update while it is under review", async () => {
    const { asContributor, update } = await submittedUpdate();
    await expect(
      asContributor.updates.edit({ id: update.id, version: update.version, title: "x", body: "y" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("ne peut plus être modifié") });
  });

  it("gives the second of two reviewers a conflict and keeps the first decision", async () => {
    const { asOfficer, update } = await submittedUpdate();
    const other = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
    await asOfficer.updates.review({ id: update.id, version: update.version, decision: "approve" });
    await expect(
      other.updates.review({ id: update.id, version: update.version, decision: "return", comment: "Non" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const stored = await asOfficer.updates.get({ id: update.id });
    expect(stored.status).toBe("approved");
    expect(stored.reviews).toHaveLength(1);
  });

  it("leaves nothing half done when the project moved before approval", async () => {
    const { asOfficer, project, update } = await submittedUpdate("mature");
    // The project is abandoned meanwhile: "mature" is no longer a legal next step.
    await asOfficer.projects.changeStatus({ id: project.id, version: project.version, status: "abandoned" });
    await expect(
      asOfficer.updates.review({ id: update.id, version: update.version, decision: "approve" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const stored = await asOfficer.updates.get({ id: update.id });
    expect(stored.status).toBe("submitted");
    expect(stored.reviews).toHaveLength(0);
    expect((await asOfficer.projects.get({ id: project.id })).status).toBe("abandoned");
  });

  it("refuses a stale edit with a clear conflict and keeps the stored text", async () => {
    const contributor = await actor(db.prisma, "contributor", ["93010"]);
    const officer = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
    const programme = await officer.programmes.create({ name: `Programme ${Math.random()}`, status: "active" });
    const project = await officer.projects.create({
      programmeId: programme.id,
      communeInseeCode: "93010",
      title: "Projet",
    });
    const asContributor = appCaller(db.prisma, contributor).caller;
    const draft = await asContributor.updates.create({ projectId: project.id, title: "Brouillon", body: "v1" });
    await asContributor.updates.edit({
      id: draft.id,
      version: draft.version,
      title: "Brouillon",
      body: "v2 (collègue)",
    });
    const error = await asContributor.updates
      .edit({ id: draft.id, version: draft.version, title: "Brouillon", body: "v2 (moi)" })
      .catch((e) => e);
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("modifié par quelqu'un d'autre");
    expect((await asContributor.updates.get({ id: draft.id })).body).toBe("v2 (collègue)");
  });
});
