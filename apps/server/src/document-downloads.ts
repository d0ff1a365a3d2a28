import type { FastifyInstance } from "fastify";
import { downloadDocumentVersion } from "@cvv/api";
import { contentDisposition, signedIn, statusOf, type ContextFactory } from "./uploads.js";

/**
 * A version of a document attached to a record, for whoever may see the record (the API's
 * record-access decides): 401 signed out, 403 without access, 404 for an unknown version. Always
 * an attachment, never sniffed: an uploaded file must not be rendered in the site's origin.
 */
export async function documentDownloadRoutes(
  app: FastifyInstance,
  { createContext }: { createContext: ContextFactory },
) {
  app.get("/api/documents/:versionId", async (req, reply) => {
    const session = await signedIn(createContext, req, reply);
    if (!session) return reply;
    const { versionId } = req.params as { versionId: string };
    const result = await downloadDocumentVersion(session.ctx, session.user, versionId);
    if (!result.ok) return reply.code(statusOf(result.error)).send({ error: result.error.message });
    return reply
      .header("content-type", result.value.mimeType)
      .header("content-length", result.value.sizeBytes)
      .header("content-disposition", contentDisposition(result.value.fileName))
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "private, no-store")
      .send(result.value.body);
  });
}
