import { documentMaxMegabytes, documentTypesText } from "../labels/document-labels.js";
import { fail, ok, type Result } from "../shared/result.js";

const MB = 1024 * 1024;
export const DOCUMENT_MAX_BYTES = documentMaxMegabytes * MB;

/** The kinds of file a document may be. */
export type DocumentFileType = "pdf" | "docx" | "xlsx" | "odt" | "ods" | "png" | "jpeg" | "csv" | "txt";

/**
 * What the bytes of a file turned out to be, judged by the caller from its content (magic bytes,
 * the entries of an Office archive): a name can say anything.
 */
export type DocumentContent =
  "pdf" | "docx" | "xlsx" | "odt" | "ods" | "png" | "jpeg" | "text" | "markup" | "zip" | "unknown";

interface FileTypeRule {
  extensions: readonly string[];
  content: DocumentContent;
  mimeType: string;
  label: string;
}

const fileTypes: Record<DocumentFileType, FileTypeRule> = {
  pdf: { extensions: ["pdf"], content: "pdf", mimeType: "application/pdf", label: "un document PDF" },
  docx: {
    extensions: ["docx"],
    content: "docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "un document Word (DOCX)",
  },
  xlsx: {
    extensions: ["xlsx"],
    content: "xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "un classeur Excel (XLSX)",
  },
  odt: {
    extensions: ["odt"],
    content: "odt",
    mimeType: "application/vnd.oasis.opendocument.text",
    label: "un document OpenDocument (ODT)",
  },
  ods: {
    extensions: ["ods"],
    content: "ods",
    mimeType: "application/vnd.oasis.opendocument.spreadsheet",
    label: "un classeur OpenDocument (ODS)",
  },
  png: { extensions: ["png"], content: "png", mimeType: "image/png", label: "une image PNG" },
  jpeg: { extensions: ["jpg", "jpeg"], content: "jpeg", mimeType: "image/jpeg", label: "une image JPEG" },
  csv: { extensions: ["csv"], content: "text", mimeType: "text/csv", label: "un fichier CSV" },
  txt: { extensions: ["txt"], content: "text", mimeType: "text/plain", label: "un fichier texte (TXT)" },
};

const contentLabels: Record<DocumentContent, string> = {
  pdf: "un document PDF",
  docx: "un document Word (DOCX)",
  xlsx: "un classeur Excel (XLSX)",
  odt: "un document OpenDocument (ODT)",
  ods: "un classeur OpenDocument (ODS)",
  png: "une image PNG",
  jpeg: "une image JPEG",
  text: "du texte",
  markup: "une page web (HTML) ou du XML",
  zip: "une archive ZIP",
  unknown: "d'un type non reconnu",
};

/** The field a size refusal names: the HTTP layer answers it with 413 rather than 400. */
export const DOCUMENT_SIZE_FIELD = "sizeBytes";

// Rounded up, so a file just over the limit never reads as exactly the limit.
function megabytes(bytes: number): string {
  return `${String(Math.ceil((bytes / MB) * 10) / 10).replace(".", ",")} Mo`;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

export interface AcceptedDocumentFile {
  type: DocumentFileType;
  mimeType: string;
}

/**
 * A file may become a document when it is not empty, not larger than the limit, and both its
 * name and its content say it is one of the accepted types, the same one: a program or a web page
 * renamed `.pdf` is refused, as a browser or a colleague's computer would trust the name.
 */
export function checkDocumentFile(
  file: { fileName: string; sizeBytes: number; content: DocumentContent },
  maxBytes: number = DOCUMENT_MAX_BYTES,
): Result<AcceptedDocumentFile> {
  const named = `Le fichier « ${file.fileName} »`;
  if (file.sizeBytes === 0) return fail("INVALID", `${named} est vide.`, "file");
  if (file.sizeBytes > maxBytes) {
    return fail(
      "INVALID",
      `${named} fait ${megabytes(file.sizeBytes)} : un document ne doit pas dépasser ${megabytes(maxBytes)}.`,
      DOCUMENT_SIZE_FIELD,
    );
  }
  const extension = extensionOf(file.fileName);
  const type = (Object.keys(fileTypes) as DocumentFileType[]).find((t) => fileTypes[t].extensions.includes(extension));
  if (!type) {
    return fail("INVALID", `${named} n'est pas d'un type accepté : envoyez ${documentTypesText}.`, "file");
  }
  const rule = fileTypes[type];
  if (rule.content !== file.content) {
    return fail(
      "INVALID",
      `${named} n'est pas ${rule.label} : son contenu est ${contentLabels[file.content]}, quelle que soit son extension. ` +
        `Envoyez ${documentTypesText}.`,
      "file",
    );
  }
  return ok({ type, mimeType: rule.mimeType });
}

/** A stored file's type, as recorded at upload, is one a document may have. */
export function isDocumentMimeType(mimeType: string): boolean {
  return Object.values(fileTypes).some((t) => t.mimeType === mimeType);
}
