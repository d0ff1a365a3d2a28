import type { FastifyInstance } from "fastify";
import { parseSteeringExport, steeringExport } from "@cvv/api";
import { contentDisposition, signedIn, statusOf, type ContextFactory } from "./uploads.js";

/**
 * The steering dashboard as files the browser downloads, under the filters of the page:
 * `/api/steering/tableau-de-bord.xlsx` holds every view, `/api/steering/<view>.csv` one view.
 */
export async function steeringExportRoutes(app: FastifyInstance, { createContext }: { createContext: ContextFactory }) {
  app.get("/api/steering/:file", async (req, reply) => {
    const { file } = req.params as { file: string };
    const request = parseSteeringExport(file, req.query as Record<string, unknown>);
    if (!request) return reply.code(404).send({ error: "Ressource introuvable." });
    if (!request.ok) return reply.code(400).send({ error: request.error.message });
    const session = await signedIn(createContext, req, reply);
    if (!session) return reply;
    const result = await steeringExport(session.ctx, session.user, request.value);
    if (!result.ok) return reply.code(statusOf(result.error)).send({ error: result.error.message });
    return reply
      .header("content-type", result.value.contentType)
      .header("content-disposition", contentDisposition(result.value.fileName))
      .header("cache-control", "private, no-store")
      .send(result.value.body);
  });
}
