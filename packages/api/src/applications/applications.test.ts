import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationFactories, createTestDatabase, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

// Noon in Paris on 15 April 2026: inside the test editions' window (1 March – 30 April 2026).
const april15 = () => new Date("2026-04-15T10:00:00Z");
const at = (now: () => Date) => ({ now });

const content = {
  title: "Cœur de ville de Bondy",
  summary: "Reconquête des cellules vacantes autour du marché.",
  motivation: "La vacance commerciale a doublé en cinq ans.",
  themes: ["espace_public" as const, "commerce" as const],
  perimeter: "Rue Jean-Jaurès, place du marché et avenue Gallieni",
  estimatedBudget: "1 200 000",
  contactName: "Sami Benali",
  contactEmail: "sami.benali@mairie-bondy.example",
};

const contract = {
  reference: "CMD-2026-014",
  parties: "Métropole du Grand Paris ; Ville de Bondy",
  signedOn: "2026-04-10",
  amount: "450000",
  durationMonths: 36,
};

async function people() {
  const officer = appCaller(db.prisma, await actor(db.prisma, "officer"), undefined, at(april15)).caller;
  const bondy = appCaller(db.prisma, await actor(db.prisma, "contributor", ["93010"]), undefined, at(april15)).caller;
  const bagnolet = appCaller(
    db.prisma,
    await actor(db.prisma, "contributor", ["93006"]),
    undefined,
    at(april15),
  ).caller;
  return { officer, bondy, bagnolet };
}

/** An open edition of a new active programme, taking applications from 1 March to 30 April 2026. */
async function openEdition() {
  return applicationFactories(db.prisma).edition({ opensOn: "2026-03-01", closesOn: "2026-04-30" });
}

describe("from application to project", () => {
  it("runs the whole path: draft, submitted, eligible, selected, contract, and the project exists with the themes", async () => {
    const { officer, bondy } = await people();
    const edition = await openEdition();

    // The commune sees the open edition, starts a draft with a title only, then completes it.
    expect((await bondy.applications.editions()).map((e) => e.id)).toContain(edition.id);
    const draft = await bondy.applications.create({
      editionId: edition.id,
      communeInseeCode: "93010",
      title: content.title,
    });
    expect(draft).toMatchObject({ status: "draft", themes: [], estimatedBudgetCents: null });
    const { title: _title, ...rest } = content;
    const completed = await bondy.applications.update({ id: draft.id, version: draft.version, ...rest });
    expect(completed).toMatchObject({
      themes: ["commerce", "espace_public"],
      estimatedBudgetCents: "120000000",
      status: "draft",
    });

    const submitted = await bondy.applications.submit({ id: completed.id, version: completed.version });
    expect(submitted.status).toBe("submitted");
    expect(submitted.submittedAt).toBe("2026-04-15T10:00:00.000Z");
    const seen = await bondy.applications.get({ id: draft.id });
    expect(seen.actions).toMatchObject({
      edit: false,
      withdraw: true,
      assessEligibility: false,
      createContract: false,
    });
    expect(seen.submittedByName).toBe("Test contributor");

    // The officer finds it eligible, then records the committee's decision.
    const listed = await officer.applications.list({ editionId: edition.id, status: "submitted" });
    expect(listed.map((a) => [a.communeName, a.title])).toEqual([["Bondy", content.title]]);
    const eligible = await officer.applications.assessEligibility({
      id: draft.id,
      version: submitted.version,
      eligible: true,
      note: "Dossier complet.",
    });
    expect(eligible.status).toBe("eligible");
    const selected = await officer.applications.decide({
      id: draft.id,
      version: eligible.version,
      selected: true,
      note: "Retenue à l'unanimité du comité de sélection.",
      decidedOn: "2026-04-14",
    });
    expect(selected).toMatchObject({ status: "selected", decidedOn: "2026-04-14" });
    expect((await officer.applications.get({ id: draft.id })).actions.createContract).toBe(true);

    // The contract opens the project, committed, over the contract's 36 months.
    const opened = await officer.applications.createContract({ applicationId: draft.id, ...contract });
    expect(opened.contract).toMatchObject({ amountCents: "45000000", durationMonths: 36, signedOn: "2026-04-10" });
    const project = await officer.projects.get({ id: opened.project.id });
    expect(project).toMatchObject({
      title: content.title,
      summary: content.summary,
      themes: ["commerce", "espace_public"],
      perimeter: content.perimeter,
      status: "committed",
      communeInseeCode: "93010",
      programmeId: edition.programmeId,
      editionId: edition.id,
      startsOn: "2026-04-10",
      endsOn: "2029-04-09",
    });

    // The commune sees its project and the contract on its application.
    expect((await bondy.projects.list()).map((p) => p.id)).toContain(project.id);
    const final = await bondy.applications.get({ id: draft.id });
    expect(final).toMatchObject({
      status: "selected",
      projectId: project.id,
      projectTitle: content.title,
      contract: { reference: "CMD-2026-014" },
    });
    expect(final.actions).toMatchObject({ createContract: false, updateContract: false, withdraw: false });

    const history = await bondy.applications.history({ id: draft.id });
    expect(history.map((h) => [h.entity, h.action])).toEqual([
      ["application", "created"],
      ["application", "updated"],
      ["application", "submitted"],
      ["application", "eligibility"],
      ["application", "decided"],
      ["application", "contract"],
      ["contract", "created"],
    ]);
    expect(history[3]?.changes).toEqual({
      status: ["submitted", "eligible"],
      eligibilityNote: [null, "Dossier complet."],
    });

    // A correction of the contract is versioned and traced.
    const corrected = await officer.applications.updateContract({
      id: opened.contract.id,
      version: opened.contract.version,
      amount: "460000",
    });
    expect(corrected.amountCents).toBe("46000000");
    expect((await officer.applications.history({ id: draft.id })).at(-1)?.changes).toEqual({
      amountCents: ["45000000", "46000000"],
    });
  });

  it("creates and submits at once when asked, and lets the commune withdraw before examination", async () => {
    const { bondy } = await people();
    const edition = await openEdition();
    const sent = await bondy.applications.create({
      editionId: edition.id,
      communeInseeCode: "93010",
      ...content,
      submit: true,
    });
    expect(sent.status).toBe("submitted");
    const withdrawn = await bondy.applications.withdraw({ id: sent.id, version: sent.version });
    expect(withdrawn.status).toBe("withdrawn");
    await expect(bondy.applications.submit({ id: sent.id, version: withdrawn.version })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("ce statut est définitif"),
    });
  });
});

describe("refusals", () => {
  it("refuses a second application of the same commune to the same edition, in French", async () => {
    const { officer, bondy } = await people();
    const edition = await openEdition();
    await bondy.applications.create({ editionId: edition.id, communeInseeCode: "93010", title: "Première" });
    const error = await officer.applications
      .create({ editionId: edition.id, communeInseeCode: "93010", title: "Seconde" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: `Bondy a déjà une candidature à l'édition « ${edition.name} » : une commune ne candidate qu'une fois par édition. Complétez la candidature existante.`,
    });
    expect(await db.prisma.application.count({ where: { editionId: edition.id } })).toBe(1);
  });

  it("refuses a submission outside the edition's dates, giving them", async () => {
    const late = () => new Date("2026-05-01T08:00:00Z");
    const contributor = appCaller(db.prisma, await actor(db.prisma, "contributor", ["93010"]), undefined, at(late));
    const edition = await openEdition();
    const draft = await contributor.caller.applications.create({
      editionId: edition.id,
      communeInseeCode: "93010",
      ...content,
    });
    await expect(
      contributor.caller.applications.submit({ id: draft.id, version: draft.version }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `Les candidatures à l'édition « ${edition.name} » sont reçues du 1 mars 2026 au 30 avril 2026 : le dépôt est clos.`,
    });
    expect((await contributor.caller.applications.get({ id: draft.id })).status).toBe("draft");
  });

  it("refuses submitting an incomplete draft, naming what is missing", async () => {
    const { bondy } = await people();
    const edition = await openEdition();
    const draft = await bondy.applications.create({ editionId: edition.id, communeInseeCode: "93010", title: "Vide" });
    await expect(bondy.applications.submit({ id: draft.id, version: draft.version })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(
        /^Pour déposer la candidature, renseignez le résumé, la motivation, au moins un thème/,
      ),
    });
  });

  it("keeps another commune's contributor out", async () => {
    const { bondy, bagnolet } = await people();
    const edition = await openEdition();
    const draft = await bondy.applications.create({ editionId: edition.id, communeInseeCode: "93010", ...content });
    await expect(bagnolet.applications.get({ id: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      bagnolet.applications.update({ id: draft.id, version: draft.version, title: "Piratée" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      bagnolet.applications.create({ editionId: edition.id, communeInseeCode: "93010", title: "Pour Bondy" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await bagnolet.applications.list({ editionId: edition.id })).toEqual([]);
    expect((await bondy.applications.get({ id: draft.id })).title).toBe(content.title);
  });

  it("lets the commune neither assess nor decide on its own application", async () => {
    const { officer, bondy } = await people();
    const a = applicationFactories(db.prisma);
    const submitted = await a.application({ status: "submitted" });
    await expect(
      bondy.applications.assessEligibility({ id: submitted.id, version: submitted.version, eligible: true, note: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const eligible = await a.application({ status: "eligible" });
    await expect(
      bondy.applications.decide({
        id: eligible.id,
        version: eligible.version,
        selected: true,
        note: "Retenue.",
        decidedOn: "2026-04-01",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Finding it ineligible takes a reason, told at the note.
    await expect(
      officer.applications.assessEligibility({
        id: submitted.id,
        version: submitted.version,
        eligible: false,
        note: " ",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Une note est obligatoire") });
    expect((await officer.applications.get({ id: eligible.id })).status).toBe("eligible");
  });

  it("refuses a contract for an application that was not selected, and writes nothing", async () => {
    const { officer } = await people();
    const eligible = await applicationFactories(db.prisma).application({ status: "eligible" });
    const [projects, contracts] = await Promise.all([db.prisma.project.count(), db.prisma.contract.count()]);
    await expect(
      officer.applications.createContract({ applicationId: eligible.id, ...contract }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        "Seule une candidature retenue donne lieu à un contrat : celle-ci est « Recevable, en attente du comité ».",
    });
    expect(await db.prisma.project.count()).toBe(projects);
    expect(await db.prisma.contract.count()).toBe(contracts);
    expect((await officer.applications.get({ id: eligible.id })).projectId).toBeNull();
  });

  it("refuses a second contract, and a signature in the future, writing nothing", async () => {
    const { officer } = await people();
    const selected = await applicationFactories(db.prisma).application({ status: "selected" });
    await expect(
      officer.applications.createContract({ applicationId: selected.id, ...contract, signedOn: "2026-04-16" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("ne peut pas être dans le futur"),
    });
    await officer.applications.createContract({ applicationId: selected.id, ...contract });
    const projects = await db.prisma.project.count();
    await expect(
      officer.applications.createContract({ applicationId: selected.id, ...contract, reference: "CMD-BIS" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("a déjà son contrat") });
    expect(await db.prisma.project.count()).toBe(projects);
  });

  it("gives a stale form a conflict and keeps what the first person saved", async () => {
    const { bondy } = await people();
    const colleague = appCaller(db.prisma, await actor(db.prisma, "contributor", ["93010"]), undefined, at(april15));
    const edition = await openEdition();
    const draft = await bondy.applications.create({ editionId: edition.id, communeInseeCode: "93010", ...content });
    await colleague.caller.applications.update({ id: draft.id, version: draft.version, perimeter: "Place du marché" });
    const error = await bondy.applications
      .update({ id: draft.id, version: draft.version, perimeter: "Avenue Gallieni" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Rechargez la page") });
    await expect(bondy.applications.submit({ id: draft.id, version: draft.version })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await bondy.applications.get({ id: draft.id })).perimeter).toBe("Place du marché");
  });
});

describe("a project's themes and perimeter", () => {
  it("are set when the project is created, edited alone, and unknown themes are refused in French", async () => {
    const { officer } = await people();
    const programme = await officer.programmes.create({ name: `Programme ${Math.random()}`, status: "active" });
    const project = await officer.projects.create({
      programmeId: programme.id,
      communeInseeCode: "93010",
      title: "Halle de producteurs",
      themes: ["production_locale", "commerce"],
      perimeter: "Place de la halle",
    });
    expect(project).toMatchObject({ themes: ["commerce", "production_locale"], perimeter: "Place de la halle" });
    const edited = await officer.projects.update({
      id: project.id,
      version: project.version,
      themes: ["seconde_main"],
    });
    expect(edited).toMatchObject({ themes: ["seconde_main"], perimeter: "Place de la halle", title: project.title });
    await expect(
      officer.projects.update({ id: project.id, version: edited.version, themes: ["tourisme" as "commerce"] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Champ « thèmes » : Thème inconnu." });
  });
});
