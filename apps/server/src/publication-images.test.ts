import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameOrigin, startTestServer, type TestServer } from "./testing/test-server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ files: true });
});
afterAll(async () => {
  await server?.close();
});

// A 1×1 transparent PNG.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

async function mutate<T>(cookie: string, procedure: string, input: unknown): Promise<T> {
  const res = await server.app.inject({
    method: "POST",
    url: `/trpc/${procedure}`,
    headers: { ...sameOrigin, cookie, "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { result: { data: T } }).result.data;
}

interface Publication {
  id: string;
  version: number;
  images: { id: string }[];
}

describe("GET /api/images/:id", () => {
  it("serves an image only once its publication is public", async () => {
    const { cookie } = await server.signIn("officer");
    const uploaded = await server.app.inject({
      method: "POST",
      url: "/api/files?purpose=image",
      headers: { ...sameOrigin, cookie, "content-type": "application/octet-stream", "x-file-name": "vitrine.png" },
      body: png,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const notImage = await server.app.inject({
      method: "POST",
      url: "/api/files?purpose=image",
      headers: { ...sameOrigin, cookie, "content-type": "application/octet-stream", "x-file-name": "faux.png" },
      body: Buffer.from("%PDF-1.7\n%%EOF\n"),
    });
    expect(notImage.statusCode).toBe(400);
    expect(notImage.json()).toMatchObject({ error: expect.stringMatching(/PNG, JPEG ou WebP/) });

    const { publication } = await mutate<{ publication: Publication }>(cookie, "publications.create", {
      kind: "news",
      title: `Image ${Math.random().toString(36).slice(2, 8)}`,
    });
    const withImage = await mutate<Publication>(cookie, "publications.addImage", {
      publicationId: publication.id,
      fileId: (uploaded.json() as { id: string }).id,
      alt: "La vitrine",
    });
    const url = `/api/images/${withImage.images[0]!.id}`;

    const draft = await server.app.inject({ method: "GET", url });
    expect(draft.statusCode).toBe(404);
    // The officer sees it, for the preview, without a shared cache keeping it.
    const preview = await server.app.inject({ method: "GET", url, headers: { cookie } });
    expect(preview.statusCode).toBe(200);
    expect(preview.headers["cache-control"]).toBe("private, no-store");

    const review = await mutate<Publication>(cookie, "publications.transition", {
      id: publication.id,
      version: withImage.version,
      to: "review",
    });
    await mutate(cookie, "publications.transition", { id: publication.id, version: review.version, to: "published" });
    const published = await server.app.inject({ method: "GET", url });
    expect(published.statusCode).toBe(200);
    expect(published.headers["content-type"]).toBe("image/png");
    expect(published.headers["x-content-type-options"]).toBe("nosniff");
    expect(published.rawPayload.equals(png)).toBe(true);

    expect((await server.app.inject({ method: "GET", url: "/api/images/pas-un-identifiant" })).statusCode).toBe(404);
  });
});
