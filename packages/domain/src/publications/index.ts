// News, initiatives, resources and thematic content of the portal: schemas and pure rules.
export * from "./publication.schema.js";
export * from "./create-publication.input.js";
export * from "./publication.rules.js";
export {
  publicationKindLabels,
  publicationStatusLabels,
  publicationTagSuggestions,
} from "../labels/publication-labels.js";
export * from "./publication-status.rules.js";
