import { hydrate } from "@tanstack/react-query";
import { createRoot, hydrateRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App } from "./app";
import { createPortalClient, createQueryClient } from "./trpc";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root manquant dans index.html");

const queryClient = createQueryClient();
const trpcClient = createPortalClient();
// The server's data, so the first render in the browser matches the HTML it sent.
const state = document.getElementById("etat-initial");
if (state?.textContent) hydrate(queryClient, JSON.parse(state.textContent));

const app = (
  <BrowserRouter>
    <App queryClient={queryClient} trpcClient={trpcClient} origin={window.location.origin} />
  </BrowserRouter>
);
// Without a server render (vite dev), the page is built in the browser.
if (root.hasChildNodes()) hydrateRoot(root, app);
else createRoot(root).render(app);
