// The veille: watched RSS/Atom feeds, their items rated and tagged by officers, some turned into draft publications.
export * from "./watch.schema.js";
export * from "./watch.input.js";
export * from "./watch.rules.js";
export * from "./watch-tags.rules.js";
export { watchItemStatusLabels, watchRelevanceLabels } from "../labels/watch-labels.js";
