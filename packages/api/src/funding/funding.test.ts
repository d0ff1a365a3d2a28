import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordChangesRepository } from "@cvv/db";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller, testContext } from "../testing/test-context.js";
import { exportGrants } from "./export-grants/export-grants.service.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const f = () => factories(db.prisma);
const officer = async () => appCaller(db.prisma, await actor(db.prisma, "officer")).caller;

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`refus attendu, obtenu : ${String(error)}`);
  return error;
}

const grantInput = (projectId: string) => ({
  projectId,
  funderName: "Métropole du Grand Paris",
  funderSiret: "20005478100022",
  beneficiaryName: "Commune de Bondy",
  beneficiarySiret: "219 300 100 00019",
  purpose: "Requalification des abords du marché",
  decisionReference: "CM2025-03-12",
  conventionOn: "2025-03-15",
  amount: "20 000",
  paymentTerms: "instalments" as const,
  share: 0.8,
});

describe("a project's funding plan", () => {
  it("creates, edits and removes lines, keeping old → new in the history", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const api = await officer();

    const line = await api.funding.createLine({
      projectId: project.id,
      funderKind: "region",
      funderName: "Région Île-de-France",
      amount: "12 000,50",
      status: "requested",
    });
    expect(line).toMatchObject({ amountCents: "1200050", status: "requested", note: "", version: 0 });

    const edited = await api.funding.updateLine({
      projectId: project.id,
      id: line.id,
      version: line.version,
      amount: "15000",
      status: "committed",
    });
    expect(edited).toMatchObject({ amountCents: "1500000", status: "committed", funderName: "Région Île-de-France" });
    expect(edited.version).toBe(1);

    let overview = await api.funding.overview({ projectId: project.id });
    expect(overview.lines.map((l) => [l.funderName, l.amountCents])).toEqual([["Région Île-de-France", "1500000"]]);
    expect(overview.summary.total).toEqual({
      plannedCents: "1500000",
      committedCents: "0",
      paidCents: "0",
      remainingCents: "0",
    });
    expect(overview.permissions).toEqual({ manage: true, exportScdl: true });

    await api.funding.removeLine({ projectId: project.id, id: line.id, version: edited.version });
    overview = await api.funding.overview({ projectId: project.id });
    expect(overview.lines).toEqual([]);

    const history = await api.funding.history({ projectId: project.id });
    expect(history.map((h) => [h.entity, h.action])).toEqual([
      ["funding-line", "deleted"],
      ["funding-line", "updated"],
      ["funding-line", "created"],
    ]);
    expect(history[1]!.changes).toEqual({ amountCents: ["1200050", "1500000"], status: ["requested", "committed"] });
    expect(history[1]!.actorName).toBe("Test officer");
    expect(history[0]!.changes).toMatchObject({ funderName: ["Région Île-de-France", null] });
  });

  it("refuses a stale version with a conflict that says to reload, and writes nothing", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const api = await officer();
    const line = await api.funding.createLine({
      projectId: project.id,
      funderKind: "commune",
      funderName: "Commune de Bondy",
      amount: "330000",
    });
    await api.funding.updateLine({ projectId: project.id, id: line.id, version: 0, note: "Autofinancement" });

    const stale = await refusal(
      api.funding.updateLine({ projectId: project.id, id: line.id, version: 0, amount: "1" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("Rechargez la page");
    const removal = await refusal(api.funding.removeLine({ projectId: project.id, id: line.id, version: 0 }));
    expect(removal.code).toBe("CONFLICT");

    const overview = await api.funding.overview({ projectId: project.id });
    expect(overview.lines[0]).toMatchObject({ amountCents: "33000000", note: "Autofinancement", version: 1 });
    expect(await api.funding.history({ projectId: project.id })).toHaveLength(2);
  });

  it("finds nothing when a line's id is given with another project", async () => {
    const api = await officer();
    const mine = await f().project({ communeInseeCode: "93010" });
    const other = await f().project({ communeInseeCode: "93010" });
    const line = await f().fundingLine({ projectId: other.id });
    const error = await refusal(api.funding.updateLine({ projectId: mine.id, id: line.id, version: 0, amount: "5" }));
    expect(error.code).toBe("NOT_FOUND");
    const grant = await refusal(api.funding.createGrant({ ...grantInput(mine.id), fundingLineId: line.id }));
    expect(grant.code).toBe("BAD_REQUEST");
    expect(grant.message).toBe("Cette ligne de financement n'appartient pas au plan de financement du projet.");
  });
});

describe("grants, schedules and payments", () => {
  it("records a grant with its schedule and payments, and shows paid and remaining", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const api = await officer();
    const line = await api.funding.createLine({
      projectId: project.id,
      funderKind: "metropole",
      funderName: "Métropole du Grand Paris",
      amount: "20000",
      status: "committed",
    });
    const grant = await api.funding.createGrant({ ...grantInput(project.id), fundingLineId: line.id });
    expect(grant).toMatchObject({
      beneficiarySiret: "21930010000019",
      amountCents: "2000000",
      nature: "cash",
      paymentTerms: "instalments",
      share: 0.8,
      euNotified: false,
      paidCents: "0",
      remainingCents: "2000000",
    });

    const tooMuch = await refusal(
      api.funding.setSchedule({
        projectId: project.id,
        grantId: grant.id,
        version: grant.version,
        instalments: [
          { dueOn: "2025-06-30", amount: "12000" },
          { dueOn: "2026-06-30", amount: "8000,01" },
        ],
      }),
    );
    expect(tooMuch.message).toBe(
      "Les échéances totalisent 20\u202f000,01\u00a0€, plus que le montant de la subvention : 20\u202f000,00\u00a0€.",
    );

    const scheduled = await api.funding.setSchedule({
      projectId: project.id,
      grantId: grant.id,
      version: grant.version,
      instalments: [
        { dueOn: "2026-06-30", amount: "8000", label: "Solde" },
        { dueOn: "2025-06-30", amount: "12000", label: "Avance" },
      ],
    });
    expect(scheduled.instalments.map((i) => [i.dueOn, i.amountCents, i.label])).toEqual([
      ["2025-06-30", "1200000", "Avance"],
      ["2026-06-30", "800000", "Solde"],
    ]);
    expect(scheduled.version).toBe(grant.version + 1);
    // A form opened on the old schedule conflicts.
    const staleSchedule = await refusal(
      api.funding.setSchedule({ projectId: project.id, grantId: grant.id, version: grant.version, instalments: [] }),
    );
    expect(staleSchedule.code).toBe("CONFLICT");

    const paid = await api.funding.addPayment({
      projectId: project.id,
      grantId: grant.id,
      paidOn: "2025-07-04",
      amount: "12 000",
      reference: "Mandat 2025-1187",
    });
    expect(paid).toMatchObject({ paidCents: "1200000", remainingCents: "800000" });
    expect(paid.payment).toMatchObject({ amountCents: "1200000", recordedByName: "Test officer" });

    const overview = await api.funding.overview({ projectId: project.id });
    expect(overview.grants[0]).toMatchObject({
      paidCents: "1200000",
      remainingCents: "800000",
      scheduledCents: "2000000",
    });
    expect(overview.summary.byFunder).toEqual([
      {
        funderName: "Métropole du Grand Paris",
        funderKind: "metropole",
        plannedCents: "2000000",
        committedCents: "2000000",
        paidCents: "1200000",
        remainingCents: "800000",
      },
    ]);

    const history = await api.funding.history({ projectId: project.id });
    expect(history.map((h) => [h.entity, h.action])).toEqual([
      ["grant-payment", "created"],
      ["grant", "schedule"],
      ["grant", "created"],
      ["funding-line", "created"],
    ]);
    expect(history[0]!.changes).toEqual({
      grantId: [null, grant.id],
      paidOn: [null, "2025-07-04"],
      amountCents: [null, "1200000"],
      reference: [null, "Mandat 2025-1187"],
    });
    expect(history[1]!.changes["instalments"]).toEqual([
      [],
      [
        { dueOn: "2025-06-30", amountCents: "1200000", label: "Avance" },
        { dueOn: "2026-06-30", amountCents: "800000", label: "Solde" },
      ],
    ]);
  });

  it("refuses a payment above what remains, in French with both figures, and writes nothing", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const grant = await f().grant({
      projectId: project.id,
      amountCents: 2_000_000n,
      payments: [{ paidOn: "2025-05-02", amountCents: 1_200_000n }],
    });
    const api = await officer();
    const error = await refusal(
      api.funding.addPayment({ projectId: project.id, grantId: grant.id, paidOn: "2025-09-01", amount: "12000" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      "Le versement de 12\u202f000,00\u00a0€ dépasse le reste à verser de la subvention : 8\u202f000,00\u00a0€.",
    );
    expect(await db.prisma.grantPayment.count({ where: { grantId: grant.id } })).toBe(1);
    expect(await api.funding.history({ projectId: project.id })).toEqual([]);
  });

  it("never lets two payments made at the same moment exceed the grant", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const grant = await f().grant({ projectId: project.id, amountCents: 1_000_000n });
    const first = await officer();
    const second = await officer();
    const pay = (api: typeof first) =>
      api.funding.addPayment({ projectId: project.id, grantId: grant.id, paidOn: "2025-10-01", amount: "6000" });

    const outcomes = await Promise.allSettled([pay(first), pay(second), pay(first)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === "rejected")) {
      expect((o.reason as TRPCError).message).toBe(
        "Le versement de 6\u202f000,00\u00a0€ dépasse le reste à verser de la subvention : 4\u202f000,00\u00a0€.",
      );
    }
    const total = await db.prisma.grantPayment.aggregate({ where: { grantId: grant.id }, _sum: { amountCents: true } });
    expect(total._sum.amountCents).toBe(600_000n);
  });

  it("refuses an invalid SIRET with a French message on its field, and writes nothing", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const api = await officer();
    const error = await refusal(api.funding.createGrant({ ...grantInput(project.id), funderSiret: "20005478100023" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      "Champ « SIRET de l'attribuant » : Le SIRET « 20005478100023 » n'est pas valide : sa clé de contrôle est fausse ; vérifiez chaque chiffre sur l'avis de situation SIRENE.",
    );
    expect(await db.prisma.grant.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("edits a grant at its version, but never below what was paid, and wants the words of other terms", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const api = await officer();
    const grant = await api.funding.createGrant(grantInput(project.id));
    await api.funding.addPayment({ projectId: project.id, grantId: grant.id, paidOn: "2025-04-01", amount: "5000" });

    const below = await refusal(
      api.funding.updateGrant({ projectId: project.id, id: grant.id, version: grant.version, amount: "4999,99" }),
    );
    expect(below.message).toBe(
      "Le montant de 4\u202f999,99\u00a0€ est inférieur à ce qui a déjà été versé : 5\u202f000,00\u00a0€.",
    );
    const terms = await refusal(
      api.funding.updateGrant({ projectId: project.id, id: grant.id, version: grant.version, paymentTerms: "other" }),
    );
    expect(terms.message).toContain("Décrivez les conditions de versement");

    const edited = await api.funding.updateGrant({
      projectId: project.id,
      id: grant.id,
      version: grant.version,
      amount: "18000",
      paymentTerms: "other",
      paymentTermsNote: "Sur présentation des factures acquittées",
    });
    expect(edited).toMatchObject({ amountCents: "1800000", remainingCents: "1300000", version: grant.version + 1 });
    const stale = await refusal(
      api.funding.updateGrant({ projectId: project.id, id: grant.id, version: grant.version, purpose: "Autre objet" }),
    );
    expect(stale.code).toBe("CONFLICT");

    const [latest] = await api.funding.history({ projectId: project.id });
    expect(latest).toMatchObject({ entity: "grant", action: "updated" });
    expect(latest!.changes).toEqual({
      amountCents: ["2000000", "1800000"],
      paymentTerms: ["instalments", "other"],
      paymentTermsNote: ["", "Sur présentation des factures acquittées"],
    });
  });
});

describe("who may see and change a project's funding", () => {
  it("lets the commune's contributor read but not write, and keeps other communes out", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const grant = await f().grant({ projectId: project.id });
    const own = appCaller(db.prisma, await actor(db.prisma, "contributor", ["93010"])).caller;
    const other = appCaller(db.prisma, await actor(db.prisma, "contributor", ["93006"])).caller;

    const overview = await own.funding.overview({ projectId: project.id });
    expect(overview.grants.map((g) => g.id)).toEqual([grant.id]);
    expect(overview.permissions).toEqual({ manage: false, exportScdl: false });
    await expect(own.funding.history({ projectId: project.id })).resolves.toEqual([]);

    const write = await refusal(
      own.funding.createLine({ projectId: project.id, funderKind: "commune", funderName: "Bondy", amount: "1" }),
    );
    expect(write.code).toBe("FORBIDDEN");
    const payment = await refusal(
      own.funding.addPayment({ projectId: project.id, grantId: grant.id, paidOn: "2025-01-01", amount: "1" }),
    );
    expect(payment.code).toBe("FORBIDDEN");

    expect((await refusal(other.funding.overview({ projectId: project.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(other.funding.history({ projectId: project.id }))).code).toBe("NOT_FOUND");
  });

  it("shows in the funding history only the funding's changes", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    await recordChangesRepository(db.prisma).log({
      entity: "plan-item",
      entityId: crypto.randomUUID(),
      projectId: project.id,
      actorId: null,
      action: "created",
      changes: { title: [null, "Étude de programmation"] },
    });
    const api = await officer();
    await api.funding.createLine({ projectId: project.id, funderKind: "state", funderName: "État", amount: "1000" });
    expect((await api.funding.history({ projectId: project.id })).map((h) => h.entity)).toEqual(["funding-line"]);
  });
});

describe("the SCDL subventions export", () => {
  it("writes a programme's grants of a year in the SCDL's columns, as CSV and JSON", async () => {
    const programme = await f().programme();
    const project = await f().project({ programmeId: programme.id, communeInseeCode: "93010" });
    const api = await officer();
    const grant = await api.funding.createGrant({
      ...grantInput(project.id),
      amount: "47800,20",
      purpose: "=Travaux, phase 1",
    });
    await api.funding.setSchedule({
      projectId: project.id,
      grantId: grant.id,
      version: grant.version,
      instalments: [
        { dueOn: "2025-06-30", amount: "20000" },
        { dueOn: "2026-01-31", amount: "27800,20" },
      ],
    });
    await f().grant({ projectId: project.id, conventionOn: "2024-11-30" });

    const officerUser = await actor(db.prisma, "officer");
    const { ctx } = testContext(db.prisma, officerUser);
    const file = await exportGrants(ctx, officerUser, { programmeId: programme.id, year: "2025", format: "csv" });
    if (!file.ok) throw new Error(file.error.message);
    expect(file.value.fileName).toBe(`subventions-${programme.slug}-2025.csv`);
    expect(file.value.contentType).toBe("text/csv; charset=utf-8");
    const text = file.value.body.toString("utf-8");
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split("\r\n")).toEqual([
      "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention",
      `Métropole du Grand Paris,20005478100022,2025-03-15,CM2025-03-12,Commune de Bondy,21930010000019,"'=Travaux, phase 1",47800.20,aide en numéraire,échelonné,2025-06-30/2026-01-31,,non,0.8`,
      "",
    ]);

    const json = await exportGrants(ctx, officerUser, { programmeId: programme.id, format: "json" });
    if (!json.ok) throw new Error(json.error.message);
    const records = JSON.parse(json.value.body.toString("utf-8")) as Record<string, string>[];
    expect(records.map((r) => [r["dateConvention"], r["montant"], r["objet"]])).toEqual([
      ["2024-11-30", "100000.00", expect.stringMatching(/^Subvention /)],
      ["2025-03-15", "47800.20", "=Travaux, phase 1"],
    ]);
  });

  it("is for officers, and checks its filters", async () => {
    const contributor = await actor(db.prisma, "contributor", ["93010"]);
    const refused = await exportGrants(testContext(db.prisma, contributor).ctx, contributor, { format: "csv" });
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    const officerUser = await actor(db.prisma, "officer");
    const { ctx } = testContext(db.prisma, officerUser);
    expect(await exportGrants(ctx, officerUser, { year: "25", format: "csv" })).toMatchObject({
      ok: false,
      error: { code: "INVALID", field: "year" },
    });
    expect(await exportGrants(ctx, officerUser, { programmeId: "abc", format: "csv" })).toMatchObject({
      ok: false,
      error: { code: "INVALID", field: "programmeId" },
    });
    expect(await exportGrants(ctx, officerUser, { programmeId: crypto.randomUUID(), format: "json" })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
  });
});
