import { defineConfig } from "vitest/config";

// Tests run on the TypeScript sources of the workspace packages (the "@cvv/source" export
// condition), so a test never depends on a stale build.
const resolve = { conditions: ["@cvv/source", "module", "node", "import", "default"] };
const ssr = { resolve: { conditions: ["@cvv/source"], externalConditions: ["@cvv/source"] } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        ssr,
        test: {
          name: "unit",
          include: ["packages/domain/src/**/*.test.ts", "packages/api/src/shared/**/*.test.ts", "tooling/**/*.test.ts"],
        },
      },
      {
        resolve,
        ssr,
        test: {
          name: "integration",
          include: ["packages/db/src/**/*.test.ts", "packages/api/src/**/*.test.ts", "apps/server/src/**/*.test.ts"],
          // Pure helpers of the API run with the unit tests: they need no database.
          exclude: ["packages/api/src/shared/**", "**/node_modules/**"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        ssr,
        test: {
          name: "e2e",
          include: ["apps/*/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        resolve,
        ssr,
        test: {
          // Run alone, by `npm run bench`: measurements printed, never asserted.
          name: "bench",
          include: ["tooling/bench/**/*.bench.ts"],
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
