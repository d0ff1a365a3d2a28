import type { AppRouter } from "@cvv/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

/** What the API returns and accepts, inferred from its router: types only, nothing of the server is bundled. */
export type Outputs = inferRouterOutputs<AppRouter>;
export type Inputs = inferRouterInputs<AppRouter>;

export type CurrentUser = NonNullable<Outputs["auth"]["me"]>;
export type Role = CurrentUser["role"];
export type ProjectDetail = Outputs["projects"]["get"];
export type ProjectListItem = Outputs["projects"]["list"][number];
export type UpdateDetail = Outputs["updates"]["get"];
export type UpdateItem = Outputs["updates"]["inbox"][number];
export type Commune = Outputs["communes"]["list"][number];
export type ProjectStatus = ProjectDetail["status"];
export type UpdateStatus = UpdateDetail["status"];
