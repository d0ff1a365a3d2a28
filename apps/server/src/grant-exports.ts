import type { FastifyInstance } from "fastify";
import { exportGrants, type GrantExportFormat } from "@cvv/api";
import { contentDisposition, signedIn, statusOf, type ContextFactory } from "./uploads.js";

const files: Record<string, GrantExportFormat> = {
  "grants.scdl.csv": "csv",
  "grants.scdl.json": "json",
};

/**
 * Grants in the SCDL "subventions" schema, for officers: plain links the browser downloads with
 * the session cookie, like the campaign sheets. `?programmeId=` and `?year=` (of the convention)
 * narrow the file. The public open-data file will be served apart, without a session.
 */
export async function grantExportRoutes(app: FastifyInstance, { createContext }: { createContext: ContextFactory }) {
  for (const [file, format] of Object.entries(files)) {
    app.get(`/api/${file}`, async (req, reply) => {
      const session = await signedIn(createContext, req, reply);
      if (!session) return reply;
      const query = req.query as { programmeId?: unknown; year?: unknown };
      const text = (value: unknown) => (typeof value === "string" ? value : undefined);
      const result = await exportGrants(session.ctx, session.user, {
        programmeId: text(query.programmeId),
        year: text(query.year),
        format,
      });
      if (!result.ok) return reply.code(statusOf(result.error)).send({ error: result.error.message });
      return reply
        .header("content-type", result.value.contentType)
        .header("content-disposition", contentDisposition(result.value.fileName))
        .header("cache-control", "private, no-store")
        .send(result.value.body);
    });
  }
}
