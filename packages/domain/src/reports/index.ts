// The annual report: the frozen figures of a snapshot, the default narrative sections, and the
// rules that say what a report shows and when it may be published.
export * from "./report-data.schema.js";
export * from "./report-sections.js";
export * from "./report.input.js";
export * from "./report.rules.js";
