import { describe, expect, it } from "vitest";
import { createExpertInput, updateExpertInput } from "./create-expert.input.js";

const base = { name: "Atelier Centre & Commerce (fictif)", kind: "amo" as const };
const firstMessage = (input: unknown) => {
  const result = createExpertInput.safeParse(input);
  return result.success ? null : { path: result.error.issues[0]?.path, message: result.error.issues[0]?.message };
};

describe("createExpertInput", () => {
  it("takes a full entry: SIRET without its spaces, skills deduplicated, the rate in cents", () => {
    const parsed = createExpertInput.parse({
      ...base,
      siret: "200 054 781 00022",
      skills: [" Commerce ", "commerce", "Métiers d'art", "metiers d’art", ""],
      dailyRate: "650,50",
      contactName: "Jeanne Exemple",
      contactEmail: " jeanne@atelier.example ",
      contactPhone: "01 23 45 67 89",
      website: "https://atelier.example/equipe",
      active: true,
    });
    expect(parsed).toMatchObject({
      siret: "20005478100022",
      skills: ["Commerce", "Métiers d'art"],
      dailyRate: 65050,
      contactEmail: "jeanne@atelier.example",
    });
  });

  it("leaves the SIRET, the rate and the contact optional; empty means none", () => {
    expect(createExpertInput.parse(base)).toEqual(base);
    expect(createExpertInput.parse({ ...base, siret: "", dailyRate: "", contactEmail: "", website: "" })).toMatchObject(
      {
        siret: null,
        dailyRate: null,
        contactEmail: "",
        website: "",
      },
    );
  });

  it("refuses a SIRET whose check digit is wrong, in French, at the SIRET", () => {
    expect(firstMessage({ ...base, siret: "20005478100023" })).toEqual({
      path: ["siret"],
      message: "Numéro SIRET invalide : 14 chiffres dont la clé de contrôle est juste.",
    });
    expect(firstMessage({ ...base, siret: "123" })?.path).toEqual(["siret"]);
  });

  it("refuses a wrong e-mail, a website that is not http(s), a negative rate, a phone in words", () => {
    expect(firstMessage({ ...base, contactEmail: "jeanne@" })).toEqual({
      path: ["contactEmail"],
      message: "Adresse électronique invalide : par exemple prenom.nom@exemple.fr.",
    });
    for (const website of ["javascript:alert(1)", "ftp://atelier.example", "atelier.example"]) {
      expect(firstMessage({ ...base, website })?.message).toContain("http:// ou https://");
    }
    expect(firstMessage({ ...base, dailyRate: "-100" })?.message).toBe("Le montant ne peut pas être négatif.");
    expect(firstMessage({ ...base, dailyRate: "six cents" })?.message).toContain("Montant invalide");
    expect(firstMessage({ ...base, contactPhone: "le matin" })?.path).toEqual(["contactPhone"]);
  });

  it("wants a name and a known kind", () => {
    expect(firstMessage({ ...base, name: "  " })).toEqual({ path: ["name"], message: "Ce champ est obligatoire." });
    expect(firstMessage({ ...base, kind: "consultant" })).toEqual({
      path: ["kind"],
      message: "Type d'intervenant inconnu.",
    });
  });
});

describe("updateExpertInput", () => {
  it("holds only what was sent: no default resets a field", () => {
    const id = "7f1c0a5e-2a4b-4c3d-9e8f-0a1b2c3d4e5f";
    expect(updateExpertInput.parse({ id, version: 3, notes: "Disponible à partir de mars." })).toEqual({
      id,
      version: 3,
      notes: "Disponible à partir de mars.",
    });
  });
});
