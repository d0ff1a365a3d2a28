import { describe, expect, it } from "vitest";
import { createContractInput, updateContractInput } from "./create-contract.input.js";
import { createApplicationInput, updateApplicationInput } from "./submit-application.input.js";

const base = {
  editionId: "6f1c0f9e-1b0a-4a52-9c39-0d0d8e9f2a11",
  communeInseeCode: "93010",
  title: "Cœur de ville de Bondy",
};

describe("createApplicationInput", () => {
  it("needs only a title for a draft, and reads the budget in euros as cents", () => {
    expect(createApplicationInput.parse(base)).toEqual(base);
    const full = createApplicationInput.parse({
      ...base,
      themes: ["espace_public", "commerce"],
      estimatedBudget: "1 250 000,50",
      contactEmail: " Sami.Benali@Mairie.example ",
    });
    expect(full.themes).toEqual(["commerce", "espace_public"]);
    expect(full.estimatedBudget).toBe(125_000_050n);
    expect(full.contactEmail).toBe("sami.benali@mairie.example");
  });

  it("refuses a missing title and a wrong address in French", () => {
    const result = createApplicationInput.safeParse({ ...base, title: "  ", contactEmail: "sami@" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["title", "Ce champ est obligatoire."],
      ["contactEmail", "Adresse électronique invalide : par exemple prenom.nom@mairie.fr."],
    ]);
  });
});

describe("updateApplicationInput", () => {
  it("sends only what changed: no field gets a default", () => {
    expect(updateApplicationInput.parse({ id: base.editionId, version: 2, perimeter: "Place du marché" })).toEqual({
      id: base.editionId,
      version: 2,
      perimeter: "Place du marché",
    });
  });
});

describe("contract inputs", () => {
  const contract = {
    applicationId: base.editionId,
    reference: "CMD-2026-014",
    parties: "Métropole du Grand Paris ; Ville de Bondy",
    signedOn: "2026-06-01",
    amount: "450000",
    durationMonths: 36,
  };

  it("takes the amount in euros and keeps it in cents", () => {
    expect(createContractInput.parse(contract).amount).toBe(45_000_000n);
  });

  it("refuses a negative amount and a duration of no month, in French", () => {
    const result = createContractInput.safeParse({ ...contract, amount: "-1", durationMonths: 0 });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["amount", "Le montant ne peut pas être négatif."],
      ["durationMonths", "La durée doit être d'au moins 1 mois."],
    ]);
  });

  it("corrects only what changed", () => {
    expect(updateContractInput.parse({ id: base.editionId, version: 0, durationMonths: 48 })).toEqual({
      id: base.editionId,
      version: 0,
      durationMonths: 48,
    });
  });
});
