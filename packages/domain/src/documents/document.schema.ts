import { z } from "zod";

/**
 * The records a document can be attached to. Each names its record by id; who may read or write
 * its documents follows from the record (see the API's record-access.ts).
 */
export const documentEntities = [
  "project",
  "programme",
  "meeting",
  "mission",
  "grant",
  "application",
  "network",
  "network_meeting",
] as const;
export const documentEntitySchema = z.enum(documentEntities, { error: "Type d'enregistrement inconnu." });
export type DocumentEntity = z.infer<typeof documentEntitySchema>;
