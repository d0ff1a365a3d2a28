import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The server (apps/server) serves dist/ under /admin/ and the API at /trpc, on one origin.
// In development, Vite proxies the API to a local server so the session cookie stays same-origin.
// The Host header is passed through unchanged (no changeOrigin): the API checks that a mutation's
// Origin matches the Host it was sent to.
const apiTarget = process.env["CVV_API_URL"] ?? "http://localhost:3000";

export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      "/trpc": { target: apiTarget },
      "/api": { target: apiTarget },
    },
  },
});
