import { z } from "zod";

/**
 * The figures a generation freezes (ReportSnapshot.data). Versioned: a snapshot written today must
 * still read the same in years, so a change of shape gets a new schemaVersion, never an edit.
 * Amounts in cents, dates as ISO text, so the JSON reads back identical.
 */
export const REPORT_DATA_SCHEMA_VERSION = 1;

export const reportProjectSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  communeName: z.string(),
  status: z.string(),
  themes: z.array(z.string()),
  milestonesReached: z.array(z.object({ title: z.string(), completedOn: z.string() })),
  /** Milestones due in the year, reached or not: the denominator of "reached". */
  milestonesDue: z.number().int(),
  /** Grants signed by the end of the year. */
  committedCents: z.number().int(),
  /** Payments made by the end of the year. */
  paidCents: z.number().int(),
});

export const reportIndicatorSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(["higher_is_better", "lower_is_better"]),
  /** One point per year, the report's year last; value null when nothing was published for that year. */
  series: z.array(z.object({ year: z.number().int(), period: z.string().nullable(), value: z.number().nullable() })),
  baseline: z.number().nullable(),
  target: z.object({ period: z.string(), value: z.number() }).nullable(),
});

export const reportEventSchema = z.object({
  title: z.string(),
  kind: z.string(),
  startsAt: z.string(),
  communeName: z.string().nullable(),
  registrations: z.number().int(),
  attended: z.number().int(),
});

export const reportPublicationSchema = z.object({
  title: z.string(),
  slug: z.string(),
  kind: z.string(),
  publishedAt: z.string(),
  tags: z.array(z.string()),
});

export const reportNetworkSchema = z.object({
  name: z.string(),
  kind: z.string(),
  members: z.number().int(),
  meetings: z.number().int(),
});

export const reportDataSchema = z.object({
  schemaVersion: z.literal(REPORT_DATA_SCHEMA_VERSION),
  year: z.number().int(),
  programme: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  generatedAt: z.string(),
  projects: z.array(reportProjectSchema),
  indicators: z.array(reportIndicatorSchema),
  events: z.array(reportEventSchema),
  publications: z.array(reportPublicationSchema),
  networks: z.array(reportNetworkSchema),
  /** The narrative sections as they were written when the snapshot was taken (Markdown). */
  sections: z.array(z.object({ key: z.string(), title: z.string(), body: z.string() })),
  crafts: z.object({
    projects: z.array(z.object({ title: z.string(), communeName: z.string(), themes: z.array(z.string()) })),
    publications: z.array(z.object({ title: z.string(), slug: z.string() })),
    events: z.array(z.object({ title: z.string(), startsAt: z.string() })),
  }),
});

export type ReportData = z.infer<typeof reportDataSchema>;
export type ReportProject = z.infer<typeof reportProjectSchema>;
export type ReportIndicator = z.infer<typeof reportIndicatorSchema>;
export type ReportEvent = z.infer<typeof reportEventSchema>;
export type ReportPublication = z.infer<typeof reportPublicationSchema>;
export type ReportNetwork = z.infer<typeof reportNetworkSchema>;
