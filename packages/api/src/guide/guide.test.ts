import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, guideFactories, networkFactories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller, publicCaller } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const callerOf = async (role: "officer" | "partner") => {
  const user = await actor(db.prisma, role);
  return { user, caller: appCaller(db.prisma, user).caller };
};
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: TRPCError) => e,
  );

describe("the guide", () => {
  it("lets a partner propose, an officer accept, and the portal show the new text", async () => {
    const officer = (await callerOf("officer")).caller;
    const partner = await callerOf("partner");
    const chapter = await officer.guide.createChapter({
      title: "Circuits courts et production locale",
      body: "Ancien texte.",
    });
    const published = await officer.guide.publish({ id: chapter.id, version: chapter.version, status: "published" });

    // A partner proposes but never edits a chapter, nor reads anything else of the platform.
    expect(
      (await refusal(partner.caller.guide.updateChapter({ id: chapter.id, version: published.version, body: "x" })))
        ?.code,
    ).toBe("FORBIDDEN");
    expect((await refusal(partner.caller.projects.list({})))?.code).toBe("FORBIDDEN");

    const proposal = await partner.caller.guide.propose({
      chapterId: chapter.id,
      baseVersion: published.version,
      proposedTitle: "Circuits courts et production locale",
      proposedBody: "Nouveau texte, avec **les AMAP** du territoire.",
      comment: "Ajout des AMAP",
    });
    expect(proposal.status).toBe("pending");
    expect((await partner.caller.guide.proposals()).map((p) => p.id)).toEqual([proposal.id]);
    const pending = await officer.guide.chapters();
    expect(pending.find((c) => c.id === chapter.id)?.pendingProposals).toBe(1);

    const { chapter: applied } = await officer.guide.accept({ id: proposal.id, version: proposal.version });
    expect(applied.body).toBe(proposal.proposedBody);
    expect(applied.version).toBe(published.version + 1);

    const portal = await publicCaller(db.prisma).guideChapter({ slug: chapter.slug });
    expect(portal.bodyHtml).toContain("<strong>les AMAP</strong>");
  });

  it("asks for confirmation before applying a proposal written on an older version", async () => {
    const officer = (await callerOf("officer")).caller;
    const chapter = await guideFactories(db.prisma).chapter({ body: "Version d'origine." });
    const proposal = await guideFactories(db.prisma).proposal(chapter, { proposedBody: "Version du partenaire." });
    await officer.guide.updateChapter({ id: chapter.id, version: chapter.version, body: "Version de l'équipe." });

    const stale = await refusal(officer.guide.accept({ id: proposal.id, version: proposal.version }));
    expect(stale?.code).toBe("CONFLICT");
    expect(stale?.message).toMatch(/Appliquer quand même/);
    expect((await officer.guide.chapter({ id: chapter.id })).body).toBe("Version de l'équipe.");

    const { chapter: applied } = await officer.guide.accept({
      id: proposal.id,
      version: proposal.version,
      applyAnyway: true,
    });
    expect(applied.body).toBe("Version du partenaire.");
  });

  it("wants a comment to decline, and lets only the author withdraw", async () => {
    const officer = (await callerOf("officer")).caller;
    const author = await callerOf("partner");
    const other = await callerOf("partner");
    const chapter = await guideFactories(db.prisma).chapter({ status: "draft" });
    const proposal = await guideFactories(db.prisma).proposal(chapter, { authorId: author.user.id });

    const bare = await refusal(officer.guide.decline({ id: proposal.id, version: proposal.version, comment: "  " }));
    expect(bare?.message).toBe("Pour refuser une proposition, expliquez pourquoi au partenaire dans le commentaire.");

    expect((await refusal(other.caller.guide.withdraw({ id: proposal.id, version: proposal.version })))?.code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(other.caller.guide.proposal({ id: proposal.id })))?.code).toBe("NOT_FOUND");
    const withdrawn = await author.caller.guide.withdraw({ id: proposal.id, version: proposal.version });
    expect(withdrawn.status).toBe("withdrawn");
    const late = await refusal(officer.guide.decline({ id: proposal.id, version: withdrawn.version, comment: "Non." }));
    expect(late?.message).toMatch(/déjà « Retirée »/);
  });

  it("shows only published chapters on the portal, in order, with previous and next", async () => {
    const officer = (await callerOf("officer")).caller;
    const g = guideFactories(db.prisma);
    const first = await g.chapter({ title: "Premier" });
    const hidden = await g.chapter({ title: "Brouillon caché", status: "draft" });
    const second = await g.chapter({ title: "Second" });
    const chapters = await officer.guide.chapters();
    await officer.guide.reorder({
      ids: [second.id, first.id, ...chapters.map((c) => c.id).filter((id) => id !== first.id && id !== second.id)],
    });
    const api = publicCaller(db.prisma);
    const guide = await api.guide();
    const slugs = guide.chapters.map((c) => c.slug);
    expect(slugs).not.toContain(hidden.slug);
    expect(slugs.indexOf(second.slug)).toBeLessThan(slugs.indexOf(first.slug));
    const page = await api.guideChapter({ slug: first.slug });
    expect(page.previous?.slug).toBe(second.slug);
    await expect(api.guideChapter({ slug: hidden.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("inviting a partner", () => {
  it("links the partner to an organisation of the directory, which is required", async () => {
    const officer = (await callerOf("officer")).caller;
    const email = `partenaire-${Math.random().toString(36).slice(2, 8)}@exemple.fr`;
    const missing = await refusal(officer.users.invite({ email, displayName: "Nadia Exemple", role: "partner" }));
    expect(missing?.message).toMatch(/Un partenaire doit être rattaché à une organisation/);

    const organisation = await networkFactories(db.prisma).organisation();
    const invited = await officer.users.invite({
      email,
      displayName: "Nadia Exemple",
      role: "partner",
      organisationId: organisation.id,
    });
    const user = await db.prisma.user.findUniqueOrThrow({
      where: { id: invited.userId },
      select: { role: true, organisationId: true },
    });
    expect(user).toEqual({ role: "partner", organisationId: organisation.id });
  });
});
