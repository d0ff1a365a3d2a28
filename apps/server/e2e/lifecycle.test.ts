import { describe, expect, it } from "vitest";
import { startServer } from "@cvv/tooling/testing/server";

async function site(url: string) {
  const body = (await (await fetch(`${url}/api/public/site`)).json()) as {
    result: { data: { demoData: boolean; projectCount: number } };
  };
  return body.result.data;
}

describe("the server's life", () => {
  it("keeps its data across a graceful restart, and prints the demo accounts only once", async () => {
    const first = await startServer();
    expect(first.output()).toContain("Comptes de démonstration (affichés une seule fois)");
    const { officer } = first.demoAccounts();
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    const before = await site(first.url);
    expect(before.demoData).toBe(true);
    expect(before.projectCount).toBe(20);

    // SIGTERM: requests finish, the database closes, the process exits cleanly.
    expect(await first.stop({ keepData: true })).toBe(0);

    const second = await startServer(first.databaseUrl ? { DATABASE_URL: first.databaseUrl } : {}, {
      dataDir: first.dataDir,
    });
    try {
      expect(second.output()).not.toContain("Comptes de démonstration");
      expect(await site(second.url)).toEqual(before);
      const signIn = await fetch(`${second.url}/trpc/auth.signIn`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(officer),
      });
      expect(signIn.status).toBe(200);
    } finally {
      expect(await second.stop({ keepData: true })).toBe(0);
      await first.discard();
    }
  });

  it("in production, loads no demo data and invites the first administrator", async () => {
    const server = await startServer({ NODE_ENV: "production", ADMIN_EMAIL: "dsi@metropole.example" });
    try {
      expect(server.output()).not.toContain("Comptes de démonstration");
      const link = server
        .output()
        .match(/Premier administrateur : ouvrez (\S+\/admin\/invitation\/[A-Za-z0-9_-]+)/)?.[1];
      expect(link).toBeDefined();
      expect(await site(server.url)).toMatchObject({ demoData: false, projectCount: 0 });
      const token = link!.split("/").at(-1)!;
      const info = await fetch(
        `${server.url}/trpc/auth.invitation?input=${encodeURIComponent(JSON.stringify({ token }))}`,
      );
      expect(((await info.json()) as { result: { data: { email: string } } }).result.data.email).toBe(
        "dsi@metropole.example",
      );
    } finally {
      await server.stop();
    }
  });

  it("refuses to start on invalid settings, saying which in French", async () => {
    await expect(startServer({ DATABASE_URL: "mysql://ailleurs" })).rejects.toThrow(
      /DATABASE_URL doit commencer par postgresql:\/\//,
    );
  });
});
