import type { inferOutput } from "@trpc/tanstack-react-query";
import type { trpc } from "./trpc";

// Derived from the public router so the portal cannot drift from the API's declared contract.
export type SiteInfo = inferOutput<typeof trpc.site>;
export type ProgrammeSummary = inferOutput<typeof trpc.programmes>[number];
export type ProgrammeDetail = inferOutput<typeof trpc.programme>;
export type Edition = ProgrammeDetail["editions"][number];
export type ProjectSummary = inferOutput<typeof trpc.projects>[number];
export type ProjectDetail = inferOutput<typeof trpc.project>;
export type ProjectUpdate = ProjectDetail["updates"][number];

export type ProjectStatus = ProjectSummary["status"];
export type ProgrammeStatus = ProgrammeSummary["status"];
export type EditionStatus = Edition["status"];
