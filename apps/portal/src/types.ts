import type { inferOutput } from "@trpc/tanstack-react-query";
import type { PortalTRPC } from "./trpc";

// Derived from the public router so the portal cannot drift from the API's declared contract.
export type SiteInfo = inferOutput<PortalTRPC["site"]>;
export type ProgrammeSummary = inferOutput<PortalTRPC["programmes"]>[number];
export type ProgrammeDetail = inferOutput<PortalTRPC["programme"]>;
export type Edition = ProgrammeDetail["editions"][number];
export type ProjectSummary = inferOutput<PortalTRPC["projects"]>[number];
export type ProjectDetail = inferOutput<PortalTRPC["project"]>;
export type ProjectUpdate = ProjectDetail["updates"][number];

export type ProjectStatus = ProjectSummary["status"];
export type ProgrammeStatus = ProgrammeSummary["status"];
export type EditionStatus = Edition["status"];
