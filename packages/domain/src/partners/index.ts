// Partners of the programme (chambers, associations, AMO, businesses, communes' services): schemas and rules.
export * from "./organisation.schema.js";
export * from "./organisation.rules.js";
export { organisationKindLabels } from "../labels/network-labels.js";
