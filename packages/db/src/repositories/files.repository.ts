import type { Tx } from "./shared.js";

export interface StoredFileRecord {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedById: string | null;
  createdAt: string;
}

const fileSelect = {
  id: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
  storageKey: true,
  uploadedById: true,
  createdAt: true,
} as const;

export function filesRepository(db: Tx) {
  return {
    async create(input: Omit<StoredFileRecord, "id" | "createdAt">): Promise<StoredFileRecord> {
      const row = await db.storedFile.create({ select: fileSelect, data: input });
      return { ...row, createdAt: row.createdAt.toISOString() };
    },

    async find(id: string): Promise<StoredFileRecord | null> {
      const row = await db.storedFile.findUnique({ select: fileSelect, where: { id } });
      return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
    },

    /** The communes of the values a file is attached to: who may download it follows from them. */
    async attachedToCommunes(id: string): Promise<string[]> {
      const rows = await db.indicatorValue.findMany({
        select: { communeInseeCode: true },
        where: { attachmentId: id },
        distinct: ["communeInseeCode"],
      });
      return rows.map((r) => r.communeInseeCode);
    },
  };
}
