import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The Fastify server serves dist/ at "/" (with a fallback to index.html for client routes)
// and the API at /api/public; in development Vite forwards the API to it.
export default defineConfig({
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // dist/.vite/manifest.json: what each entry loads, for the first-load budget (npm run bench:js).
    manifest: true,
  },
  server: {
    proxy: {
      "/api": "http://localhost:3000",
      "/trpc": "http://localhost:3000",
    },
  },
});
