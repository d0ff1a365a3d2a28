import { describe, expect, it } from "vitest";
import { createGrantInput, updateGrantInput } from "./create-grant.input.js";
import { siretProblem } from "./grant.schema.js";

const projectId = "6f1c2b9e-8d4a-4c1e-9f3b-2a7d5e8c1b40";
const valid = {
  projectId,
  funderName: "Métropole du Grand Paris",
  funderSiret: "200 054 781 00022",
  beneficiaryName: "Commune de Bondy",
  beneficiarySiret: "21930010000019",
  purpose: "Requalification des abords du marché",
  conventionOn: "2024-03-15",
  amount: "450 000",
};

function firstIssue(input: unknown) {
  const issue = createGrantInput.safeParse(input).error?.issues[0];
  return issue ? { path: issue.path.join("."), message: issue.message } : null;
}

describe("createGrantInput", () => {
  it("accepts a grant with what the SCDL requires, spaces in SIRETs ignored", () => {
    const grant = createGrantInput.parse(valid);
    expect(grant.funderSiret).toBe("20005478100022");
    expect(grant.amount).toBe(45_000_000n);
    expect(grant.nature).toBeUndefined();
  });

  it("refuses a SIRET whose key is wrong, saying so in French", () => {
    expect(firstIssue({ ...valid, beneficiarySiret: "21930010000018" })).toEqual({
      path: "beneficiarySiret",
      message:
        "Le SIRET « 21930010000018 » n'est pas valide : sa clé de contrôle est fausse ; vérifiez chaque chiffre sur l'avis de situation SIRENE.",
    });
    expect(firstIssue({ ...valid, funderSiret: "2000547810" })).toEqual({
      path: "funderSiret",
      message: "Le SIRET « 2000547810 » n'est pas valide : un SIRET compte 14 chiffres (ici 10 chiffre(s)).",
    });
    expect(firstIssue({ ...valid, funderSiret: "" })).toEqual({
      path: "funderSiret",
      message: "Ce champ est obligatoire.",
    });
  });

  it("keeps to the SCDL's limits: object, share, RAE number", () => {
    expect(firstIssue({ ...valid, purpose: "x".repeat(257) })?.path).toBe("purpose");
    expect(createGrantInput.safeParse({ ...valid, purpose: "x".repeat(256) }).success).toBe(true);
    expect(firstIssue({ ...valid, share: 0 })).toEqual({
      path: "share",
      message: "La part de la subvention est d'au moins 0,01 (1 %).",
    });
    expect(firstIssue({ ...valid, share: 1.2 })?.path).toBe("share");
    expect(createGrantInput.parse({ ...valid, share: 0.1 + 0.2 }).share).toBe(0.3);
    expect(firstIssue({ ...valid, raeId: "123456" })).toEqual({
      path: "raeId",
      message: "L'identifiant RAE compte au plus 5 chiffres.",
    });
    expect(createGrantInput.parse({ ...valid, raeId: "12345" }).raeId).toBe("12345");
  });

  it("wants a grant of more than nothing", () => {
    expect(firstIssue({ ...valid, amount: "0" })).toEqual({
      path: "amount",
      message: "Le montant doit être supérieur à 0 €.",
    });
  });
});

describe("updateGrantInput", () => {
  it("has no defaults: an edit carries only what it changes", () => {
    const id = "0b8f0a8e-4b8e-4a43-8a4b-3c1f5d6e7a81";
    expect(updateGrantInput.parse({ projectId, id, version: 2, purpose: "Nouvel objet" })).toEqual({
      projectId,
      id,
      version: 2,
      purpose: "Nouvel objet",
    });
  });
});

describe("siretProblem", () => {
  it("accepts the Métropole's SIRET and La Poste's establishments", () => {
    expect(siretProblem("20005478100022")).toBeNull();
    expect(siretProblem("35600000000010")).toBeNull();
  });

  it("names other characters than digits", () => {
    expect(siretProblem("2000547810002A")).toBe(
      "Le SIRET « 2000547810002A » n'est pas valide : un SIRET compte 14 chiffres (ici 13 chiffre(s) et d'autres caractères).",
    );
  });
});
