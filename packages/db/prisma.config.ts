import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The WASM schema engine: these machines cannot download Prisma's native binaries.
// `generate` needs DATABASE_URL set but does not connect; migrations are applied by
// src/migrations/migrate.ts at start, not by the CLI.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
});
