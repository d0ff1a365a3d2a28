import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationFactories, createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { applicationsRepository } from "./applications.repository.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("applicationsRepository", () => {
  it("finds and lists nothing outside the caller's communes", async () => {
    const a = applicationFactories(db.prisma);
    const edition = await a.edition();
    const bagnolet = await a.application({ editionId: edition.id, communeInseeCode: "93006" });
    const bondy = await a.application({ editionId: edition.id, communeInseeCode: "93010" });
    const repo = applicationsRepository(db.prisma);
    expect(await repo.find({ communeCodes: ["93010"] }, bagnolet.id)).toBeNull();
    expect(await repo.find("all", bagnolet.id)).toMatchObject({ communeName: "Bagnolet", contract: null });
    const listed = await repo.list({ communeCodes: ["93010"] }, { editionId: edition.id });
    expect(listed.map((item) => item.id)).toEqual([bondy.id]);
    expect((await repo.list("all", { editionId: edition.id })).map((item) => item.communeName)).toEqual([
      "Bagnolet",
      "Bondy",
    ]);
  });

  it("refuses a write outside the scope and a stale version", async () => {
    const application = await applicationFactories(db.prisma).application({ communeInseeCode: "93006" });
    const repo = applicationsRepository(db.prisma);
    expect(
      await repo.update({ communeCodes: ["93010"] }, application.id, application.version, { title: "Piratée" }),
    ).toEqual({ status: "not_found" });
    const first = await repo.update("all", application.id, application.version, { title: "Nouveau titre" });
    expect(first.status).toBe("ok");
    expect(await repo.transition("all", application.id, application.version, { status: "submitted" })).toEqual({
      status: "conflict",
    });
    expect(await repo.find("all", application.id)).toMatchObject({ title: "Nouveau titre", status: "draft" });
  });

  it("keeps a contract in cents, tied to its project, and corrects it at its version", async () => {
    const application = await applicationFactories(db.prisma).application({ status: "selected" });
    const project = await factories(db.prisma).project();
    const repo = applicationsRepository(db.prisma);
    const contract = await repo.createContract({
      projectId: project.id,
      applicationId: application.id,
      reference: "CMD-2026-001",
      parties: "Métropole du Grand Paris ; Ville de Bondy",
      signedOn: "2026-06-01",
      amountCents: 45_000_000n,
      durationMonths: 36,
      startsOn: null,
    });
    expect(await repo.contractForProject("all", project.id)).toEqual(contract);
    expect(await repo.findContract({ communeCodes: ["93006"] }, contract.id)).toBeNull();
    const corrected = await repo.updateContract("all", contract.id, contract.version, { amountCents: 46_000_000n });
    expect(corrected.status === "ok" && corrected.value.amountCents).toBe(46_000_000n);
    expect(await repo.updateContract("all", contract.id, contract.version, { durationMonths: 48 })).toEqual({
      status: "conflict",
    });
  });
});
