// Governance bodies, members, meetings, decisions, action items and RACI matrices: schemas and pure rules.
