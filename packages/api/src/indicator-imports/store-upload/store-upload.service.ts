import { filesRepository } from "@cvv/db";
import { checkDocumentFile, DOCUMENT_MAX_BYTES } from "@cvv/domain/documents";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden } from "../../shared/errors.js";
import { documentContentOf } from "../../documents/document-content.js";
import { detectFileKind, fileKindLabels, mimeTypes, type FileKind } from "../detect-file-type.js";
import { notUtf8 } from "../read-spreadsheet.js";

export type UploadPurpose = "import" | "attachment" | "document" | "image";

const MB = 1024 * 1024;
export const uploadLimits: Record<UploadPurpose, number> = {
  import: 20 * MB,
  attachment: 10 * MB,
  document: DOCUMENT_MAX_BYTES,
  image: 5 * MB,
};

// Documents follow their own rule (checkDocumentFile), which also holds the name to the content.
const allowed: Record<Exclude<UploadPurpose, "document">, readonly FileKind[]> = {
  import: ["xlsx", "csv"],
  attachment: ["pdf", "png", "jpeg", "xlsx", "docx", "ods", "odt", "csv"],
  // A publication's image: only formats every browser shows.
  image: ["png", "jpeg", "webp"],
};
const allowedText: Record<Exclude<UploadPurpose, "document">, string> = {
  import: "un classeur XLSX ou un fichier CSV",
  attachment: "un PDF, une image PNG ou JPEG, un classeur XLSX ou ODS, un document DOCX ou ODT, ou un fichier CSV",
  image: "une image PNG, JPEG ou WebP",
};

const purposeNames: Record<Exclude<UploadPurpose, "document">, string> = {
  import: "un fichier à importer",
  attachment: "une pièce jointe",
  image: "une image",
};
const purposeUses: Record<Exclude<UploadPurpose, "document">, string> = {
  import: "pour un import",
  attachment: "en pièce jointe",
  image: "pour une image de publication",
};

/** The field a size refusal names, so the HTTP layer can answer 413 rather than 400. */
export const SIZE_FIELD = "sizeBytes";

export interface StoredUpload {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

// Rounded up, so a file just over the limit never reads as exactly the limit.
const megabytes = (bytes: number) => `${String(Math.ceil((bytes / MB) * 10) / 10).replace(".", ",")} Mo`;

/** A name safe to show and to send back in a header: no folders, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/\p{Cc}/gu, "")
    .trim()
    .slice(-200);
  return cleaned || "fichier";
}

/**
 * Keeps an uploaded file: an import to check, a document attached to a value, or a file to become
 * a version of a record's document. The type is judged from the bytes, whatever the name says, so
 * a renamed executable is refused.
 */
export async function storeUpload(
  ctx: Context,
  actor: SessionUser,
  input: { fileName: string; bytes: Uint8Array; purpose: UploadPurpose },
): Promise<Result<StoredUpload>> {
  if (!can(actor, "file.upload")) return forbidden();
  const { bytes, purpose } = input;
  const judged =
    purpose === "document"
      ? checkDocumentFile({
          fileName: cleanFileName(input.fileName),
          sizeBytes: bytes.length,
          content: documentContentOf(bytes),
        })
      : judgeUpload(input.fileName, bytes, purpose);
  if (!judged.ok) return judged;
  const { mimeType } = judged.value;

  const { storageKey, sha256 } = await ctx.files.put(bytes);
  try {
    const stored = await filesRepository(ctx.db).create({
      fileName: cleanFileName(input.fileName),
      mimeType,
      sizeBytes: bytes.length,
      sha256,
      storageKey,
      uploadedById: actor.id,
    });
    return ok({ id: stored.id, fileName: stored.fileName, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes });
  } catch (error) {
    // A file on disk that no record points to would never be found again, nor removed.
    await ctx.files.remove(storageKey);
    throw error;
  }
}

/** The checks of an import or a value's attachment: the size for its purpose, then a type it allows. */
function judgeUpload(
  fileName: string,
  bytes: Uint8Array,
  purpose: Exclude<UploadPurpose, "document">,
): Result<{ mimeType: string }> {
  if (bytes.length === 0) return fail("INVALID", "Le fichier est vide.", "file");
  const limit = uploadLimits[purpose];
  if (bytes.length > limit) {
    return fail(
      "INVALID",
      `Le fichier fait ${megabytes(bytes.length)} : ${purposeNames[purpose]} ne doit pas dépasser ${megabytes(limit)}.`,
      SIZE_FIELD,
    );
  }
  const kind = detectFileKind(bytes);
  if (kind === "non-utf8-text") return fail("INVALID", notUtf8, "file");
  const mimeType = mimeTypes[kind];
  if (!allowed[purpose].includes(kind) || !mimeType) {
    return fail(
      "INVALID",
      `Le fichier « ${cleanFileName(fileName)} » est ${fileKindLabels[kind]}, quelle que soit son extension : ` +
        `${purposeUses[purpose]}, envoyez ${allowedText[purpose]}.`,
      "file",
    );
  }
  return ok({ mimeType });
}
