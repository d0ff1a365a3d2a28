import { z } from "zod";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import { documentEntitySchema } from "./document.schema.js";

/** The file is uploaded first (POST /api/files?purpose=document); its id is what the form sends. */
const fileIdSchema = z.uuid({ error: "Choisissez le fichier à déposer." });
const noteSchema = z.string().trim().max(500, { error: "La note ne doit pas dépasser 500 caractères." });

/** The record whose documents are listed. */
export const documentRecordInput = z.object({ entity: documentEntitySchema, entityId: idSchema });
export type DocumentRecordInput = z.infer<typeof documentRecordInput>;

export const createDocumentInput = documentRecordInput.extend({
  title: nonEmptyText(200),
  description: z
    .string()
    .trim()
    .max(2000, { error: "La description ne doit pas dépasser 2000 caractères." })
    .optional(),
  fileId: fileIdSchema,
  note: noteSchema.optional(),
});
export type CreateDocumentInput = z.infer<typeof createDocumentInput>;

/** `version` is the document's as the person saw it: a version deposited meanwhile is a conflict. */
export const addDocumentVersionInput = z.object({
  id: idSchema,
  version: versionSchema,
  fileId: fileIdSchema,
  note: noteSchema.optional(),
});
export type AddDocumentVersionInput = z.infer<typeof addDocumentVersionInput>;

export const removeDocumentInput = z.object({ id: idSchema, version: versionSchema });
export type RemoveDocumentInput = z.infer<typeof removeDocumentInput>;

export const documentVersionsInput = z.object({ id: idSchema });
