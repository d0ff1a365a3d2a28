import { randomBytes, randomUUID } from "node:crypto";
import type { DocumentEntity } from "@cvv/domain/documents";
import type { PrismaClient } from "../connection/database.js";

const unique = () => randomBytes(4).toString("hex");

/**
 * Stored files and documents straight in the database. The files' bytes are not on disk: tests
 * that download go through the upload route or service instead.
 */
export function documentFactories(prisma: PrismaClient) {
  return {
    async storedFile(input: { uploadedById?: string | null; fileName?: string; mimeType?: string } = {}) {
      const now = new Date();
      return prisma.storedFile.create({
        select: { id: true, fileName: true, storageKey: true },
        data: {
          fileName: input.fileName ?? `document-${unique()}.pdf`,
          mimeType: input.mimeType ?? "application/pdf",
          sizeBytes: 1024,
          sha256: "0".repeat(64),
          storageKey: `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`,
          uploadedById: input.uploadedById ?? null,
        },
      });
    },

    /** A document of the record with `versions` versions (one by default), numbered from 1. */
    async document(input: {
      entity: DocumentEntity;
      entityId: string;
      projectId?: string | null;
      title?: string;
      versions?: number;
      uploadedById?: string | null;
    }) {
      const files = [];
      for (let n = 0; n < (input.versions ?? 1); n++) files.push(await this.storedFile(input));
      return prisma.document.create({
        select: { id: true, version: true, title: true, versions: { select: { id: true, number: true } } },
        data: {
          entity: input.entity,
          entityId: input.entityId,
          projectId: input.projectId ?? (input.entity === "project" ? input.entityId : null),
          title: input.title ?? `Document ${unique()}`,
          // Each deposit after the first moved the document's version, as the repository does.
          version: files.length - 1,
          versions: {
            create: files.map((file, i) => ({
              number: i + 1,
              fileId: file.id,
              uploadedById: input.uploadedById ?? null,
            })),
          },
        },
      });
    },
  };
}
