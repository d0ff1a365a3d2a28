// Networks of the local economy and their working groups: members, meetings.
export * from "./network.schema.js";
export * from "./network.rules.js";
export { networkKindLabels } from "../labels/network-labels.js";
