import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportFactories } from "@cvv/db/testing";
import { sameOrigin, startTestServer, type TestServer } from "./testing/test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ files: true });
});
afterAll(async () => {
  await server?.close();
});

async function call<T>(cookie: string, procedure: string, input: unknown, method: "GET" | "POST" = "POST"): Promise<T> {
  const res =
    method === "POST"
      ? await server.app.inject({
          method,
          url: `/trpc/${procedure}`,
          headers: { ...sameOrigin, cookie, "content-type": "application/json" },
          body: JSON.stringify(input),
        })
      : await server.app.inject({
          method,
          url: `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
          headers: { cookie },
        });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { result: { data: T } }).result.data;
}

interface Detail {
  report: { id: string; version: number };
  snapshots: { id: string; number: number }[];
  generation: { status: string; progress: number; error: string | null } | null;
}

describe("annual report files", () => {
  it("serves snapshots to officers, and only the published PDF to the public", async () => {
    const { programme } = await reportFactories(server.db.prisma).programmeYear({ year: 2025 });
    const { cookie } = await server.signIn("officer");
    const report = await call<{ id: string }>(cookie, "reports.create", { programmeId: programme.id, year: 2025 });
    await call(cookie, "reports.generate", { id: report.id });
    let detail: Detail | null = null;
    for (let i = 0; i < 300; i++) {
      detail = await call<Detail>(cookie, "reports.get", { id: report.id }, "GET");
      if (detail.generation?.status === "done" || detail.generation?.status === "failed") break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(detail?.generation).toMatchObject({ status: "done", progress: 100, error: null });
    const snapshot = detail!.snapshots[0]!;

    const anonymous = await server.app.inject({ method: "GET", url: `/api/reports/${snapshot.id}.pdf` });
    expect(anonymous.statusCode).toBe(401);
    const { cookie: contributor } = await server.signIn("contributor");
    const refused = await server.app.inject({
      method: "GET",
      url: `/api/reports/${snapshot.id}.pdf`,
      headers: { cookie: contributor },
    });
    expect(refused.statusCode).toBe(403);

    const pdf = await server.app.inject({ method: "GET", url: `/api/reports/${snapshot.id}.pdf`, headers: { cookie } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const docx = await server.app.inject({
      method: "GET",
      url: `/api/reports/${snapshot.id}.docx`,
      headers: { cookie },
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe("PK");

    const publicUrl = `/bilans/${programme.slug}/2025.pdf`;
    expect((await server.app.inject({ method: "GET", url: publicUrl })).statusCode).toBe(404);
    await call(cookie, "reports.publish", { id: report.id, snapshotId: snapshot.id, version: detail!.report.version });
    const published = await server.app.inject({ method: "GET", url: publicUrl });
    expect(published.statusCode).toBe(200);
    expect(published.headers["content-type"]).toBe("application/pdf");
    expect(published.rawPayload.equals(pdf.rawPayload)).toBe(true);
  });
});
