import { describe, expect, it } from "vitest";
import { createDocumentInput } from "./create-document.input.js";

describe("createDocumentInput", () => {
  const base = {
    entity: "project",
    entityId: "7f1c1f7e-2b1a-4f3e-9c1d-0a1b2c3d4e5f",
    title: "Convention de revitalisation",
    fileId: "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
  };

  it("accepts a document of a known record, trimming its texts", () => {
    const parsed = createDocumentInput.safeParse({ ...base, title: "  Convention  ", note: " Signée " });
    expect(parsed.success && parsed.data).toMatchObject({ title: "Convention", note: "Signée" });
  });

  it("refuses an unknown kind of record, a missing file and a title over 200 characters, in French", () => {
    const messages = (input: object) => {
      const parsed = createDocumentInput.safeParse(input);
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(messages({ ...base, entity: "user" })).toEqual(["entity: Type d'enregistrement inconnu."]);
    expect(messages({ ...base, fileId: "" })).toEqual(["fileId: Choisissez le fichier à déposer."]);
    expect(messages({ ...base, title: "x".repeat(201) })).toEqual([
      "title: Ce champ ne doit pas dépasser 200 caractères.",
    ]);
  });
});
