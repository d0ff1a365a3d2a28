// People the officers work with: personal data, with its legal basis, notice, consent and retention.
export * from "./contact.schema.js";
export * from "./contact.rules.js";
export { legalBasisLabels, anonymisedContactName } from "../labels/network-labels.js";
