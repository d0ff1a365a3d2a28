import { describe, expect, it } from "vitest";
import { checkMemberTarget, checkParent } from "./network.rules.js";

const A = "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const B = "7f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

describe("checkMemberTarget", () => {
  it("takes a contact or an account", () => {
    expect(checkMemberTarget({ contactId: A })).toEqual({ ok: true, value: { contactId: A, userId: null } });
    expect(checkMemberTarget({ userId: B, contactId: null })).toEqual({
      ok: true,
      value: { contactId: null, userId: B },
    });
  });

  it("refuses both or neither, in French", () => {
    const both = checkMemberTarget({ contactId: A, userId: B });
    expect(both).toMatchObject({ ok: false, error: { code: "INVALID", field: "contactId" } });
    expect(both.ok ? "" : both.error.message).toContain("pas les deux");
    expect(checkMemberTarget({}).ok).toBe(false);
  });
});

describe("checkParent", () => {
  it("lets a working group belong to a network", () => {
    expect(checkParent({ id: A, kind: "working_group", parentId: B }, { id: B, kind: "partners" }).ok).toBe(true);
    expect(checkParent({ id: null, kind: "partners", parentId: null }, null).ok).toBe(true);
  });

  it("refuses a parent for a network, a group under a group, and a group under itself", () => {
    expect(checkParent({ id: A, kind: "experts", parentId: B }, { id: B, kind: "partners" }).ok).toBe(false);
    expect(checkParent({ id: A, kind: "working_group", parentId: B }, { id: B, kind: "working_group" }).ok).toBe(false);
    expect(checkParent({ id: A, kind: "working_group", parentId: A }, { id: A, kind: "working_group" }).ok).toBe(false);
    expect(checkParent({ id: null, kind: "working_group", parentId: B }, null).ok).toBe(false);
  });
});
