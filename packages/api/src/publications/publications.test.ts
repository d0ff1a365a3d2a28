import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller, publicCaller } from "../testing/test-context.js";
import { publishDuePublications } from "./publications.service.js";
import { publicationImageFile } from "./publication-image.service.js";
import { storeUpload } from "../indicator-imports/store-upload/store-upload.service.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

// A 1×1 transparent PNG.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

async function officer(now?: () => Date) {
  const user = await actor(db.prisma, "officer");
  return { user, ...appCaller(db.prisma, user, undefined, now ? { now } : {}) };
}

const title = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;

describe("the workflow of a publication", () => {
  it("goes from draft to review to published, and the portal shows it only then", async () => {
    const { caller } = await officer();
    const { publication } = await caller.publications.create({
      kind: "news",
      title: title("Ouverture d'une ressourcerie"),
      body: "Une **ressourcerie** ouvre à Bondy.",
      tags: ["Seconde main", "seconde main", " réparation "],
    });
    expect(publication.status).toBe("draft");
    expect(publication.tags).toEqual(["seconde main", "réparation"]);
    const portal = publicCaller(db.prisma);
    await expect(portal.publication({ slug: publication.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const refused = await caller.publications
      .transition({ id: publication.id, version: publication.version, to: "published" })
      .catch((e: TRPCError) => e);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).message).toBe(
      "Une publication « Brouillon » ne peut pas passer à « Publiée » : elle peut seulement passer à « En relecture ».",
    );

    const inReview = await caller.publications.transition({
      id: publication.id,
      version: publication.version,
      to: "review",
    });
    const returned = await caller.publications
      .transition({ id: publication.id, version: inReview.version, to: "draft" })
      .catch((e: TRPCError) => e);
    expect((returned as TRPCError).message).toMatch(/commentaire/);
    const published = await caller.publications.transition({
      id: publication.id,
      version: inReview.version,
      to: "published",
    });
    expect(published.status).toBe("published");
    expect(published.publishAt).not.toBeNull();
    await expect(portal.publication({ slug: publication.slug })).resolves.toMatchObject({ title: publication.title });
    const detail = await caller.publications.get({ id: publication.id });
    expect(detail.allowedMoves).toEqual(["archived"]);
  });

  it("publishes a scheduled publication only once the job runs at its date", async () => {
    // Relative to the real clock, which the portal's caller reads: the date is ahead of it.
    const day = 24 * 3600_000;
    let clock = new Date();
    const publishAt = new Date(clock.getTime() + 5 * day).toISOString();
    const { caller } = await officer(() => clock);
    const { publication } = await caller.publications.create({
      kind: "initiative",
      title: title("Marché de créateurs"),
    });
    const review = await caller.publications.transition({
      id: publication.id,
      version: publication.version,
      to: "review",
    });
    const past = await caller.publications
      .transition({
        id: publication.id,
        version: review.version,
        to: "scheduled",
        publishAt: new Date(clock.getTime() - day).toISOString(),
      })
      .catch((e: TRPCError) => e);
    expect((past as TRPCError).message).toMatch(/dans le futur/);
    const scheduled = await caller.publications.transition({
      id: publication.id,
      version: review.version,
      to: "scheduled",
      publishAt,
    });
    expect(scheduled.status).toBe("scheduled");

    await publishDuePublications({ db: db.prisma, now: () => clock });
    expect((await caller.publications.get({ id: publication.id })).status).toBe("scheduled");
    const before = await publicCaller(db.prisma).publications({});
    expect(before.items.map((i) => i.slug)).not.toContain(publication.slug);

    clock = new Date(Date.parse(publishAt) + 5 * 60_000);
    const { published } = await publishDuePublications({ db: db.prisma, now: () => clock });
    expect(published).toBeGreaterThanOrEqual(1);
    const after = await caller.publications.get({ id: publication.id });
    expect(after.status).toBe("published");
    expect(after.publishAt).toBe(publishAt);
    const now = await publicCaller(db.prisma).publications({});
    expect(now.items.map((i) => i.slug)).toContain(publication.slug);
  });
});

describe("versions", () => {
  it("writes a version on each save, and restoring makes a new one from the old text", async () => {
    const { caller, user } = await officer();
    const { publication } = await caller.publications.create({
      kind: "resource",
      title: "Première version",
      body: "Texte 1",
    });
    const second = await caller.publications.update({
      id: publication.id,
      version: publication.version,
      body: "Texte 2",
    });
    const third = await caller.publications.update({
      id: publication.id,
      version: second.publication.version,
      title: "Troisième version",
    });
    let detail = await caller.publications.get({ id: publication.id });
    expect(detail.versions.map((v) => [v.number, v.title, v.body])).toEqual([
      [3, "Troisième version", "Texte 2"],
      [2, "Première version", "Texte 2"],
      [1, "Première version", "Texte 1"],
    ]);
    expect(detail.versions[0]?.authorName).toBe(user.displayName);

    const first = detail.versions.find((v) => v.number === 1)!;
    await caller.publications.restoreVersion({
      id: publication.id,
      version: third.publication.version,
      versionId: first.id,
    });
    detail = await caller.publications.get({ id: publication.id });
    expect(detail).toMatchObject({ title: "Première version", body: "Texte 1" });
    expect(detail.versions.map((v) => v.number)).toEqual([4, 3, 2, 1]);

    const stale = await caller.publications
      .update({ id: publication.id, version: publication.version, body: "Trop tard" })
      .catch((e: TRPCError) => e);
    expect((stale as TRPCError).code).toBe("CONFLICT");
  });
});

describe("Markdown safety", () => {
  it("keeps the text as typed, warns in French, and renders it clean", async () => {
    const { caller } = await officer();
    const body = "Bonjour <script>alert('x')</script> et [un lien](javascript:alert(1)).";
    const { publication, warnings } = await caller.publications.create({ kind: "news", title: title("Sûreté"), body });
    expect(publication.body).toBe(body);
    expect(warnings).toHaveLength(2);
    expect(warnings.join(" ")).toMatch(/<script>.*retirée/);
    expect(warnings.join(" ")).toMatch(/javascript:/);
    const preview = await caller.publications.preview({ body });
    expect(preview.html).not.toMatch(/script|javascript/i);
    expect(preview.html).toContain("un lien");
  });
});

describe("images", () => {
  it("refuses an image without a text alternative and stores nothing", async () => {
    const { caller, ctx, user } = await officer();
    const { publication } = await caller.publications.create({ kind: "news", title: title("Vitrine") });
    const upload = await storeUpload(ctx, user, { fileName: "vitrine.png", bytes: png, purpose: "image" });
    if (!upload.ok) throw new Error(upload.error.message);
    const refused = await caller.publications
      .addImage({ publicationId: publication.id, fileId: upload.value.id, alt: "   " })
      .catch((e: TRPCError) => e);
    expect((refused as TRPCError).message).toMatch(/Le texte alternatif de l'image est obligatoire/);
    expect(await db.prisma.publicationImage.count({ where: { publicationId: publication.id } })).toBe(0);

    const withAlt = await caller.publications.addImage({
      publicationId: publication.id,
      fileId: upload.value.id,
      alt: "La vitrine de la ressourcerie",
      caption: "Rue de la République",
    });
    expect(withAlt.images).toMatchObject([{ alt: "La vitrine de la ressourcerie", caption: "Rue de la République" }]);
    const imageId = withAlt.images[0]!.id;

    // Not public while the publication is a draft: not found for a visitor, shown to the officer.
    const visitor = { db: db.prisma, now: () => new Date(), files: ctx.files, user: null };
    expect((await publicationImageFile(visitor, imageId)).ok).toBe(false);
    expect((await publicationImageFile(ctx, imageId)).ok).toBe(true);

    const review = await caller.publications.transition({ id: publication.id, version: withAlt.version, to: "review" });
    await caller.publications.transition({ id: publication.id, version: review.version, to: "published" });
    const shown = await publicCaller(db.prisma).publication({ slug: publication.slug });
    expect(shown.images).toEqual([
      { url: `/api/images/${imageId}`, alt: "La vitrine de la ressourcerie", caption: "Rue de la République" },
    ]);
    const served = await publicationImageFile(visitor, imageId);
    expect(served.ok && served.value.mimeType).toBe("image/png");
  });

  it("refuses a file that is not an image for the image purpose", async () => {
    const { ctx, user } = await officer();
    const refused = await storeUpload(ctx, user, {
      fileName: "photo.png",
      bytes: Buffer.from("%PDF-1.4 pas une image"),
      purpose: "image",
    });
    expect(!refused.ok && refused.error.message).toMatch(/PNG, JPEG ou WebP/);
  });

  it("links communes and projects, and refuses an unknown commune", async () => {
    const { caller } = await officer();
    const project = await factories(db.prisma).project({ communeInseeCode: "93010" });
    const { publication } = await caller.publications.create({
      kind: "initiative",
      title: title("Liens"),
      communeInseeCodes: ["93010"],
      projectIds: [project.id],
    });
    expect(publication.communes.map((c) => c.inseeCode)).toEqual(["93010"]);
    expect(publication.projects.map((p) => p.id)).toEqual([project.id]);
    const unknown = await caller.publications
      .update({ id: publication.id, version: publication.version, communeInseeCodes: ["99999"] })
      .catch((e: TRPCError) => e);
    expect((unknown as TRPCError).message).toMatch(/Commune inconnue/);
  });
});
