import {
  filesRepository,
  type DocumentRecord,
  type DocumentVersionRecord,
  type StoredFileRecord,
  type Tx,
} from "@cvv/db";
import { documentVersionLabel, isDocumentMimeType } from "@cvv/domain/documents";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";

export type DocumentVersionView = DocumentVersionRecord & { label: string };
export type DocumentView = Omit<DocumentRecord, "latest"> & { latest: DocumentVersionView };

/** A version as pages show it: named in words ("version 2") by the domain's one wording. */
export function versionView(version: DocumentVersionRecord): DocumentVersionView {
  return { ...version, label: documentVersionLabel(version.number) };
}

export function documentView(document: DocumentRecord): DocumentView {
  return { ...document, latest: versionView(document.latest) };
}

/**
 * The file a new version is made of: one the person uploaded themselves, of a type a document may
 * have. Someone else's upload is refused as if it did not exist: its id would otherwise let a
 * person attach, then download, a file they may not see.
 */
export async function depositedFile(db: Tx, actor: SessionUser, fileId: string): Promise<Result<StoredFileRecord>> {
  const file = await filesRepository(db).find(fileId);
  if (!file || file.uploadedById !== actor.id) {
    return fail("NOT_FOUND", "Fichier introuvable : déposez-le de nouveau.", "fileId");
  }
  if (!isDocumentMimeType(file.mimeType)) {
    return fail("INVALID", `Le fichier « ${file.fileName} » n'est pas d'un type accepté pour un document.`, "fileId");
  }
  return ok(file);
}
