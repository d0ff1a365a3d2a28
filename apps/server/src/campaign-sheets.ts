import type { FastifyInstance } from "fastify";
import { campaignTemplate, campaignValues, type SheetFormat } from "@cvv/api";
import { contentDisposition, signedIn, statusOf, type ContextFactory } from "./uploads.js";

const files = {
  "template.xlsx": { service: campaignTemplate, format: "xlsx" },
  "template.csv": { service: campaignTemplate, format: "csv" },
  "values.xlsx": { service: campaignValues, format: "xlsx" },
  "values.csv": { service: campaignValues, format: "csv" },
} as const;

/**
 * A campaign's template and values as files the browser downloads: plain links, so they are GETs
 * with the session cookie. `?excel=1` makes the CSV French Excel's; `?commune=` narrows to one.
 */
export async function campaignSheetRoutes(app: FastifyInstance, { createContext }: { createContext: ContextFactory }) {
  app.get("/api/campaigns/:id/:file", async (req, reply) => {
    const { id, file } = req.params as { id: string; file: string };
    const target = Object.hasOwn(files, file) ? files[file as keyof typeof files] : null;
    if (!target) return reply.code(404).send({ error: "Ressource introuvable." });
    const session = await signedIn(createContext, req, reply);
    if (!session) return reply;
    const query = req.query as { excel?: unknown; commune?: unknown };
    const format: SheetFormat = target.format === "csv" && query.excel === "1" ? "csv-excel" : target.format;
    const commune = typeof query.commune === "string" && query.commune.trim() ? query.commune.trim() : undefined;
    const result = await target.service(session.ctx, session.user, {
      campaignId: id,
      format,
      communeInseeCode: commune,
    });
    if (!result.ok) return reply.code(statusOf(result.error)).send({ error: result.error.message });
    return reply
      .header("content-type", result.value.contentType)
      .header("content-disposition", contentDisposition(result.value.fileName))
      .header("cache-control", "private, no-store")
      .send(result.value.body);
  });
}
