import { messages } from "../messages.fr";

/** What the upload route keeps of a file: `POST /api/files` answers this, `GET /api/files/:id` serves it. */
export interface StoredUpload {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

export type UploadPurpose = "import" | "attachment" | "image";

/** A refusal of the upload route (or no answer at all), in French: shown at the file field. */
export class UploadRefused extends Error {}

/** Where a stored file is downloaded from (the server answers it as an attachment, never inline). */
export function fileUrl(id: string): string {
  return `/api/files/${encodeURIComponent(id)}`;
}

/**
 * Sends one file to the upload route. It takes the raw bytes (not multipart) and answers the
 * stored file or `{ error }`, in French. The name goes in a header, URI-encoded, as headers carry
 * only ASCII. `fallback` is said when the server's answer carries no message of its own.
 */
export async function uploadFile(file: File, purpose: UploadPurpose, fallback: string): Promise<StoredUpload> {
  let response: Response;
  try {
    response = await fetch(`/api/files?purpose=${purpose}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    throw new UploadRefused(messages.errors.network);
  }
  const body = (await response.json().catch(() => null)) as Partial<
    Record<keyof StoredUpload | "error", unknown>
  > | null;
  if (response.ok && typeof body?.id === "string") {
    return {
      id: body.id,
      fileName: typeof body.fileName === "string" ? body.fileName : file.name,
      mimeType: typeof body.mimeType === "string" ? body.mimeType : file.type,
      sizeBytes: typeof body.sizeBytes === "number" ? body.sizeBytes : file.size,
    };
  }
  throw new UploadRefused(typeof body?.error === "string" ? body.error : fallback);
}

const KB = 1024;
const MB = 1024 * 1024;
const oneDecimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** A file's size as people read it: "12 ko", "1,4 Mo" (rounded up, so a file is never shown as empty). */
export function formatFileSize(bytes: number): string {
  if (bytes < MB) return messages.values.kilobytes(Math.max(1, Math.ceil(bytes / KB)));
  return messages.values.megabytes(oneDecimal.format(Math.ceil((bytes / MB) * 10) / 10));
}
