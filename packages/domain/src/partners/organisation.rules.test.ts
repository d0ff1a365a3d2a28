import { describe, expect, it } from "vitest";
import { checkIdentifiers, organisationChanges } from "./organisation.rules.js";
import { createOrganisationInput, updateOrganisationInput, type Organisation } from "./organisation.schema.js";

const firstIssue = (input: unknown) => {
  const result = createOrganisationInput.safeParse(input);
  return result.success ? null : { path: result.error.issues[0]?.path, message: result.error.issues[0]?.message };
};

describe("createOrganisationInput", () => {
  it("takes a partner with its numbers, spaces dropped, empty ones as none", () => {
    const parsed = createOrganisationInput.parse({
      name: " Les Canaux ",
      kind: "association",
      siren: "",
      siret: "200 054 781 00022",
      rna: "w751234567",
      themes: ["ESS", "ess", " Réparation ", ""],
    });
    expect(parsed).toMatchObject({
      name: "Les Canaux",
      siren: null,
      siret: "20005478100022",
      rna: "W751234567",
      themes: ["ESS", "Réparation"],
    });
  });

  it("names the field of a wrong SIRET, SIREN or RNA in French", () => {
    expect(firstIssue({ name: "X", kind: "company", siret: "20005478100023" })).toEqual({
      path: ["siret"],
      message: "Numéro SIRET invalide : 14 chiffres dont la clé de contrôle est juste.",
    });
    expect(firstIssue({ name: "X", kind: "company", siren: "200054782" })?.path).toEqual(["siren"]);
    expect(firstIssue({ name: "X", kind: "association", rna: "751234567" })).toEqual({
      path: ["rna"],
      message: "Numéro RNA invalide : la lettre W suivie de 9 chiffres.",
    });
  });

  it("refuses an unknown kind and a javascript: website", () => {
    expect(firstIssue({ name: "X", kind: "club" })?.path).toEqual(["kind"]);
    expect(firstIssue({ name: "X", kind: "company", website: "javascript:alert(1)" })?.path).toEqual(["website"]);
  });

  it("has no defaults in the update: a field left out stays out", () => {
    const parsed = updateOrganisationInput.parse({
      id: "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
      version: 2,
      notes: "x",
    });
    expect(Object.keys(parsed).sort()).toEqual(["id", "notes", "version"]);
  });
});

describe("checkIdentifiers", () => {
  it("accepts a SIRET that extends its SIREN, or either alone", () => {
    expect(checkIdentifiers({ siren: "200054781", siret: "20005478100022" }).ok).toBe(true);
    expect(checkIdentifiers({ siren: null, siret: "20005478100022" }).ok).toBe(true);
  });

  it("refuses a SIRET of another company, on the SIRET field", () => {
    const result = checkIdentifiers({ siren: "356000000", siret: "20005478100022" });
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID", field: "siret" } });
  });
});

describe("organisationChanges", () => {
  it("keeps only what changed", () => {
    const before: Organisation = {
      id: "a",
      name: "CMA",
      kind: "chamber",
      siren: null,
      siret: null,
      rna: null,
      themes: ["Artisanat"],
      website: "",
      email: "",
      phone: "",
      address: "",
      communeInseeCode: null,
      notes: "",
      version: 0,
    };
    expect(organisationChanges(before, { ...before, themes: ["Artisanat"], phone: "01 02 03 04 05" })).toEqual({
      phone: ["", "01 02 03 04 05"],
    });
  });
});
