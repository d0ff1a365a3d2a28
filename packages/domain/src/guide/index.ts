// The « Guide du commerce responsable »: chapters the officers keep, partners' proposals.
export * from "./guide.schema.js";
export * from "./guide.rules.js";
export { guideChapterStatusLabels, guideProposalStatusLabels } from "../labels/guide-labels.js";
