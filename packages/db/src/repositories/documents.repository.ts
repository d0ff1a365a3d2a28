import type { DocumentEntity } from "@cvv/domain/documents";
import type { Prisma } from "../generated/prisma/client.js";
import type { Tx, WriteOutcome } from "./shared.js";

/**
 * What decides who may see a record's documents: its commune, when it has one (null for the
 * programme's own records, which only officers see), and the project it belongs to, if any.
 */
export interface DocumentScope {
  communeInseeCode: string | null;
  projectId: string | null;
}

export interface DocumentVersionRecord {
  id: string;
  number: number;
  note: string;
  fileName: string;
  sizeBytes: number;
  mimeType: string;
  uploaderName: string | null;
  /** ISO 8601: what JSON carries, so client types do not lie. */
  createdAt: string;
}

export interface DocumentRecord {
  id: string;
  entity: DocumentEntity;
  entityId: string;
  title: string;
  description: string;
  version: number;
  /** The version shown and downloaded by default: the one deposited last. */
  latest: DocumentVersionRecord;
  versionCount: number;
}

/** A version with what its download needs: the record to check access against, and the file. */
export interface DocumentVersionFile {
  id: string;
  number: number;
  entity: DocumentEntity;
  entityId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  storageKey: string;
}

const versionSelect = {
  id: true,
  number: true,
  note: true,
  createdAt: true,
  uploadedBy: { select: { displayName: true } },
  file: { select: { fileName: true, sizeBytes: true, mimeType: true } },
} satisfies Prisma.DocumentVersionSelect;

const documentSelect = {
  id: true,
  entity: true,
  entityId: true,
  title: true,
  description: true,
  version: true,
  versions: { select: versionSelect, orderBy: { number: "desc" }, take: 1 },
  _count: { select: { versions: true } },
} satisfies Prisma.DocumentSelect;

function toVersion(row: Prisma.DocumentVersionGetPayload<{ select: typeof versionSelect }>): DocumentVersionRecord {
  return {
    id: row.id,
    number: row.number,
    note: row.note,
    fileName: row.file.fileName,
    sizeBytes: row.file.sizeBytes,
    mimeType: row.file.mimeType,
    uploaderName: row.uploadedBy?.displayName ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function toDocument({
  versions,
  _count,
  ...row
}: Prisma.DocumentGetPayload<{ select: typeof documentSelect }>): DocumentRecord | null {
  const latest = versions[0];
  // A document is created with its first version in one write: none without a version exists.
  if (!latest) return null;
  return { ...row, entity: row.entity as DocumentEntity, latest: toVersion(latest), versionCount: _count.versions };
}

export function documentsRepository(db: Tx) {
  /** The record the document is attached to is part of every where: a forged pair finds nothing. */
  const find = async (record: { entity: DocumentEntity; entityId: string } | null, id: string) => {
    const row = await db.document.findFirst({ select: documentSelect, where: { id, ...(record ?? {}) } });
    return row ? toDocument(row) : null;
  };

  return {
    find: (id: string) => find(null, id),

    /**
     * The scope of a record, or null when there is no such record. Only what decides access is
     * read: a mission or a grant answers for its project's commune.
     */
    async scopeOf(entity: DocumentEntity, entityId: string): Promise<DocumentScope | null> {
      switch (entity) {
        case "project": {
          const row = await db.project.findUnique({ select: { communeInseeCode: true }, where: { id: entityId } });
          return row && { communeInseeCode: row.communeInseeCode, projectId: entityId };
        }
        case "programme": {
          const row = await db.programme.findUnique({ select: { id: true }, where: { id: entityId } });
          return row && { communeInseeCode: null, projectId: null };
        }
        case "meeting": {
          const row = await db.meeting.findUnique({ select: { id: true }, where: { id: entityId } });
          return row && { communeInseeCode: null, projectId: null };
        }
        case "mission": {
          const row = await db.mission.findUnique({
            select: { projectId: true, project: { select: { communeInseeCode: true } } },
            where: { id: entityId },
          });
          return row && { communeInseeCode: row.project.communeInseeCode, projectId: row.projectId };
        }
        case "grant": {
          const row = await db.grant.findUnique({
            select: { projectId: true, project: { select: { communeInseeCode: true } } },
            where: { id: entityId },
          });
          return row && { communeInseeCode: row.project.communeInseeCode, projectId: row.projectId };
        }
        case "network": {
          const row = await db.network.findUnique({ select: { id: true }, where: { id: entityId } });
          return row && { communeInseeCode: null, projectId: null };
        }
        case "network_meeting": {
          const row = await db.networkMeeting.findUnique({ select: { id: true }, where: { id: entityId } });
          return row && { communeInseeCode: null, projectId: null };
        }
        case "application": {
          const row = await db.application.findUnique({
            select: { communeInseeCode: true, projectId: true },
            where: { id: entityId },
          });
          return row && { communeInseeCode: row.communeInseeCode, projectId: row.projectId };
        }
      }
    },

    /** A record's documents, by title, each with its latest version. */
    async listForRecord(entity: DocumentEntity, entityId: string): Promise<DocumentRecord[]> {
      const rows = await db.document.findMany({
        select: documentSelect,
        where: { entity, entityId },
        orderBy: [{ title: "asc" }, { createdAt: "asc" }],
      });
      return rows.map(toDocument).filter((d): d is DocumentRecord => d !== null);
    },

    /** Every version of a document, the latest first. */
    async versions(documentId: string): Promise<DocumentVersionRecord[]> {
      const rows = await db.documentVersion.findMany({
        select: versionSelect,
        where: { documentId },
        orderBy: { number: "desc" },
      });
      return rows.map(toVersion);
    },

    async findVersionFile(versionId: string): Promise<DocumentVersionFile | null> {
      const row = await db.documentVersion.findUnique({
        select: {
          id: true,
          number: true,
          document: { select: { entity: true, entityId: true } },
          file: { select: { fileName: true, mimeType: true, sizeBytes: true, storageKey: true } },
        },
        where: { id: versionId },
      });
      if (!row) return null;
      return {
        id: row.id,
        number: row.number,
        entity: row.document.entity as DocumentEntity,
        entityId: row.document.entityId,
        ...row.file,
      };
    },

    /** A document and its first version, in one write. */
    async create(input: {
      entity: DocumentEntity;
      entityId: string;
      projectId: string | null;
      title: string;
      description: string;
      fileId: string;
      note: string;
      uploadedById: string;
    }): Promise<DocumentRecord> {
      const { id } = await db.document.create({
        select: { id: true },
        data: {
          entity: input.entity,
          entityId: input.entityId,
          projectId: input.projectId,
          title: input.title,
          description: input.description,
          versions: {
            create: [{ number: 1, fileId: input.fileId, note: input.note, uploadedById: input.uploadedById }],
          },
        },
      });
      return (await find(null, id))!;
    },

    /**
     * Deposits version n + 1. The document's version moves first, in the where with the version
     * the person saw and the record: a second deposit from the same page finds nothing and is a
     * conflict, and the row stays locked until the transaction ends, so numbers never collide.
     * Call it in a transaction.
     */
    async addVersion(input: {
      id: string;
      version: number;
      entity: DocumentEntity;
      entityId: string;
      fileId: string;
      note: string;
      uploadedById: string;
    }): Promise<WriteOutcome<DocumentRecord>> {
      const record = { entity: input.entity, entityId: input.entityId };
      const { count } = await db.document.updateMany({
        where: { id: input.id, version: input.version, ...record },
        data: { version: { increment: 1 } },
      });
      if (count === 0) {
        return (await find(record, input.id)) ? { status: "conflict" } : { status: "not_found" };
      }
      const last = await db.documentVersion.findFirst({
        select: { number: true },
        where: { documentId: input.id },
        orderBy: { number: "desc" },
      });
      await db.documentVersion.create({
        select: { id: true },
        data: {
          documentId: input.id,
          number: (last?.number ?? 0) + 1,
          fileId: input.fileId,
          note: input.note,
          uploadedById: input.uploadedById,
        },
      });
      return { status: "ok", value: (await find(record, input.id))! };
    },

    /**
     * Deletes the version of the document the person saw, with all its versions; answers the
     * files they pointed to, for the caller to remove once nothing else uses them.
     */
    async remove(input: {
      id: string;
      version: number;
      entity: DocumentEntity;
      entityId: string;
    }): Promise<WriteOutcome<string[]>> {
      const record = { entity: input.entity, entityId: input.entityId };
      const files = await db.documentVersion.findMany({
        select: { fileId: true },
        where: { documentId: input.id, document: record },
      });
      const { count } = await db.document.deleteMany({ where: { id: input.id, version: input.version, ...record } });
      if (count > 0) return { status: "ok", value: [...new Set(files.map((f) => f.fileId))] };
      return (await find(record, input.id)) ? { status: "conflict" } : { status: "not_found" };
    },

    /**
     * Deletes the stored files among these that no document version and no value points to any
     * more, and answers their storage keys: the disk copies go once the transaction is committed.
     */
    async removeUnusedFiles(fileIds: readonly string[]): Promise<string[]> {
      const rows = await db.storedFile.findMany({
        select: { id: true, storageKey: true },
        where: { id: { in: [...fileIds] } },
      });
      const removed: string[] = [];
      for (const row of rows) {
        // One at a time, the condition in the where: a file someone attached meanwhile stays.
        const { count } = await db.storedFile.deleteMany({
          where: { id: row.id, documents: { none: {} }, values: { none: {} } },
        });
        if (count > 0) removed.push(row.storageKey);
      }
      return removed;
    },
  };
}
