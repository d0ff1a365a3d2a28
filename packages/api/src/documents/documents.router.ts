import {
  addDocumentVersionInput,
  createDocumentInput,
  documentRecordInput,
  documentVersionsInput,
  removeDocumentInput,
} from "@cvv/domain/documents";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { addDocumentVersion } from "./add-document-version/add-document-version.service.js";
import { createDocument } from "./create-document/create-document.service.js";
import { listDocuments, listDocumentVersions } from "./documents.queries.js";
import { removeDocument } from "./remove-document/remove-document.service.js";

/**
 * Versioned documents attached to records, readable by those who may see the record. Files go up
 * first through `POST /api/files?purpose=document`; a version is downloaded from
 * `GET /api/documents/:versionId`.
 */
export const documentsRouter = router({
  list: authedProcedure
    .input(documentRecordInput)
    .query(async ({ ctx, input }) => unwrap(await listDocuments(ctx, ctx.user, input))),
  versions: authedProcedure
    .input(documentVersionsInput)
    .query(async ({ ctx, input }) => unwrap(await listDocumentVersions(ctx, ctx.user, input.id))),
  create: authedProcedure
    .input(createDocumentInput)
    .mutation(async ({ ctx, input }) => unwrap(await createDocument(ctx, ctx.user, input))),
  addVersion: authedProcedure
    .input(addDocumentVersionInput)
    .mutation(async ({ ctx, input }) => unwrap(await addDocumentVersion(ctx, ctx.user, input))),
  remove: authedProcedure
    .input(removeDocumentInput)
    .mutation(async ({ ctx, input }) => unwrap(await removeDocument(ctx, ctx.user, input))),
});
