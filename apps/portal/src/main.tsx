import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Route, Routes } from "react-router";
import { Layout } from "./components/layout";
import AccessibilityPage from "./pages/accessibility-page";
import CommunePage from "./pages/commune-page";
import HomePage from "./pages/home-page";
import LegalNoticePage from "./pages/legal-notice-page";
import NotFoundPage from "./pages/not-found-page";
import PersonalDataPage from "./pages/personal-data-page";
import ProgrammePage from "./pages/programme-page";
import ProgrammesPage from "./pages/programmes-page";
import ProjectPage from "./pages/project-page";
import { queryClient } from "./trpc";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root manquant dans index.html");

// Declarative routing (BrowserRouter), not the data router: pages fetch through React Query,
// so loaders would bring nothing but about 18 KB of gzipped JavaScript.
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="programmes" element={<ProgrammesPage />} />
            <Route path="programmes/:slug" element={<ProgrammePage />} />
            <Route path="projets/:slug" element={<ProjectPage />} />
            <Route path="communes/:inseeCode" element={<CommunePage />} />
            <Route path="accessibilite" element={<AccessibilityPage />} />
            <Route path="mentions-legales" element={<LegalNoticePage />} />
            <Route path="donnees-personnelles" element={<PersonalDataPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
