import { messages } from "../messages.fr";
import { UploadRefused, type StoredUpload } from "./uploads";

/** Where a version of a document is downloaded from (always as an attachment). */
export function documentVersionUrl(versionId: string): string {
  return `/api/documents/${encodeURIComponent(versionId)}`;
}

/**
 * Sends a document's file to the upload route (`purpose=document`), reporting how much has gone:
 * XMLHttpRequest rather than fetch, as only it tells the progress of an upload. The server judges
 * the file and answers the stored file, or `{ error }` in French.
 */
export function uploadDocumentFile(file: File, onProgress: (fraction: number) => void): Promise<StoredUpload> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/files?purpose=document");
    request.responseType = "json";
    request.setRequestHeader("content-type", "application/octet-stream");
    request.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () => {
      const body = request.response as Partial<Record<keyof StoredUpload | "error", unknown>> | null;
      if (request.status === 201 && typeof body?.id === "string") {
        resolve({
          id: body.id,
          fileName: typeof body.fileName === "string" ? body.fileName : file.name,
          mimeType: typeof body.mimeType === "string" ? body.mimeType : file.type,
          sizeBytes: typeof body.sizeBytes === "number" ? body.sizeBytes : file.size,
        });
      } else {
        reject(new UploadRefused(typeof body?.error === "string" ? body.error : messages.documents.uploadFailed));
      }
    });
    request.addEventListener("error", () => reject(new UploadRefused(messages.errors.network)));
    request.send(file);
  });
}
