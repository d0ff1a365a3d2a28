// The directory of AMO, experts and providers, and their missions: schemas and pure rules.
export * from "./expert.schema.js";
export * from "./mission.schema.js";
export * from "./quantities.schema.js";
export * from "./skills.rules.js";
export * from "./create-expert.input.js";
export * from "./create-mission.input.js";
export * from "./search-experts.input.js";
export * from "./mission.rules.js";
export * from "./availability.rules.js";
export * from "./expert-changes.js";
export { expertKindLabels, missionStatusLabels } from "../labels/expert-labels.js";
