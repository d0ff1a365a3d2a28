// The programme's calendar of events (visits, workshops, meet-ups, assises, fairs): schemas and pure rules.
export * from "./event.schema.js";
export * from "./create-event.input.js";
export * from "./event.rules.js";
export * from "./event-calendar.rules.js";
export * from "./event-registration.rules.js";
export * from "./event-registration.input.js";
export { eventKindLabels, eventStatusLabels } from "../labels/event-labels.js";
