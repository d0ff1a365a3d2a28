// The communication plan: actions on a channel, on a day, for an audience, possibly about an event or a publication.
export * from "./communication-action.schema.js";
export * from "./communication-action.input.js";
export * from "./communication.rules.js";
export * from "./communication-calendar.rules.js";
export * from "./communication-changes.js";
export { communicationChannelLabels, communicationStatusLabels } from "../labels/communication-labels.js";
