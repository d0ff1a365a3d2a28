// Governance bodies, members, meetings, decisions, action items and RACI matrices: schemas and pure rules.
export * from "./governance-body.schema.js";
export * from "./meeting.schema.js";
export * from "./action-item.schema.js";
export * from "./raci.schema.js";
export * from "./create-body.input.js";
export * from "./add-member.input.js";
export * from "./create-meeting.input.js";
export * from "./record-attendance.input.js";
export * from "./set-decisions.input.js";
export * from "./create-action-item.input.js";
export * from "./set-raci.input.js";
export * from "./meeting.rules.js";
export * from "./action-item.rules.js";
export * from "./raci.rules.js";
