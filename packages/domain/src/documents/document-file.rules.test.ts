import { describe, expect, it } from "vitest";
import { checkDocumentFile, DOCUMENT_MAX_BYTES, isDocumentMimeType } from "./document-file.rules.js";

const MB = 1024 * 1024;
const accepted =
  "un PDF, un document DOCX ou ODT, un classeur XLSX, ODS ou CSV, une image PNG ou JPEG, ou un fichier texte TXT";

describe("checkDocumentFile", () => {
  it("accepts each type whose name and content agree, with the type to store", () => {
    const cases = [
      ["délibération.pdf", "pdf", "application/pdf"],
      ["Convention.DOCX", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["budget.xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ["note.odt", "odt", "application/vnd.oasis.opendocument.text"],
      ["plan.ods", "ods", "application/vnd.oasis.opendocument.spreadsheet"],
      ["vue.png", "png", "image/png"],
      ["photo.jpg", "jpeg", "image/jpeg"],
      ["photo.jpeg", "jpeg", "image/jpeg"],
      ["relevé.csv", "text", "text/csv"],
      ["compte rendu.txt", "text", "text/plain"],
    ] as const;
    for (const [fileName, content, mimeType] of cases) {
      const result = checkDocumentFile({ fileName, sizeBytes: 1200, content });
      expect(result.ok && result.value.mimeType, fileName).toBe(mimeType);
    }
  });

  it("refuses a program or a web page renamed as a PDF, naming the file and what it is", () => {
    expect(checkDocumentFile({ fileName: "rapport.pdf", sizeBytes: 4096, content: "unknown" })).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        field: "file",
        message:
          "Le fichier « rapport.pdf » n'est pas un document PDF : son contenu est d'un type non reconnu, " +
          `quelle que soit son extension. Envoyez ${accepted}.`,
      },
    });
    const page = checkDocumentFile({ fileName: "rapport.pdf", sizeBytes: 4096, content: "markup" });
    expect(!page.ok && page.error.message).toContain("son contenu est une page web (HTML) ou du XML");
    const text = checkDocumentFile({ fileName: "photo.png", sizeBytes: 10, content: "text" });
    expect(!text.ok && text.error.message).toContain("n'est pas une image PNG : son contenu est du texte");
    const markupAsText = checkDocumentFile({ fileName: "notes.txt", sizeBytes: 10, content: "markup" });
    expect(markupAsText.ok).toBe(false);
  });

  it("refuses a type that is not accepted, listing those that are", () => {
    for (const fileName of ["setup.exe", "page.html", "archive.zip", "sans-extension", ".pdf"]) {
      expect(checkDocumentFile({ fileName, sizeBytes: 10, content: "unknown" })).toEqual({
        ok: false,
        error: {
          code: "INVALID",
          field: "file",
          message: `Le fichier « ${fileName} » n'est pas d'un type accepté : envoyez ${accepted}.`,
        },
      });
    }
  });

  it("refuses an empty file and one over the limit, giving both sizes in French", () => {
    expect(checkDocumentFile({ fileName: "vide.pdf", sizeBytes: 0, content: "pdf" })).toEqual({
      ok: false,
      error: { code: "INVALID", field: "file", message: "Le fichier « vide.pdf » est vide." },
    });
    expect(DOCUMENT_MAX_BYTES).toBe(20 * MB);
    expect(checkDocumentFile({ fileName: "plans.pdf", sizeBytes: DOCUMENT_MAX_BYTES, content: "pdf" }).ok).toBe(true);
    expect(checkDocumentFile({ fileName: "plans.pdf", sizeBytes: DOCUMENT_MAX_BYTES + 1, content: "pdf" })).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        field: "sizeBytes",
        message: "Le fichier « plans.pdf » fait 20,1 Mo : un document ne doit pas dépasser 20 Mo.",
      },
    });
    const smaller = checkDocumentFile({ fileName: "plans.pdf", sizeBytes: 3 * MB, content: "pdf" }, 2.5 * MB);
    expect(!smaller.ok && smaller.error.message).toBe(
      "Le fichier « plans.pdf » fait 3 Mo : un document ne doit pas dépasser 2,5 Mo.",
    );
  });
});

describe("isDocumentMimeType", () => {
  it("knows the types a document is stored with, and no other", () => {
    expect(isDocumentMimeType("application/pdf")).toBe(true);
    expect(isDocumentMimeType("text/plain")).toBe(true);
    expect(isDocumentMimeType("text/html")).toBe(false);
    expect(isDocumentMimeType("application/zip")).toBe(false);
  });
});
