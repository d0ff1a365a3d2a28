// Versioned documents attached to records: schemas and pure rules.
export * from "./document.schema.js";
export * from "./create-document.input.js";
export * from "./document-file.rules.js";
export {
  documentEntityLabels,
  documentMaxMegabytes,
  documentTypesText,
  documentVersionLabel,
} from "../labels/document-labels.js";
