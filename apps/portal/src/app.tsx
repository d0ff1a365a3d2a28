import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { StrictMode } from "react";
import { OriginContext } from "./head";
import { Route, Routes } from "react-router";
import { Layout } from "./components/layout";
import NotFoundPage from "./pages/not-found-page";
import { routes } from "./routes";
import { TRPCProvider, type PortalClient } from "./trpc";

/** The whole portal, shared by the server render and the browser's hydration. */
export function App({
  queryClient,
  trpcClient,
  origin,
}: {
  queryClient: QueryClient;
  trpcClient: PortalClient;
  origin: string;
}) {
  return (
    <StrictMode>
      <OriginContext value={origin}>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <Routes>
              <Route element={<Layout />}>
                {routes.map(({ path, Component }) =>
                  path === "/" ? (
                    <Route key={path} index element={<Component />} />
                  ) : (
                    <Route key={path} path={path} element={<Component />} />
                  ),
                )}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </TRPCProvider>
        </QueryClientProvider>
      </OriginContext>
    </StrictMode>
  );
}
