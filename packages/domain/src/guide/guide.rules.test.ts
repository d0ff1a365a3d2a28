import { describe, expect, it } from "vitest";
import { checkAccept, checkCanPropose, checkDecline, checkWithdraw } from "./guide.rules.js";
import { createGuideProposalInput } from "./guide.schema.js";

describe("checkCanPropose", () => {
  it("accepts proposals on draft and published chapters", () => {
    expect(checkCanPropose({ status: "draft" }).ok).toBe(true);
    expect(checkCanPropose({ status: "published" }).ok).toBe(true);
  });
});

describe("checkAccept", () => {
  it("applies a proposal written on the current version", () => {
    expect(checkAccept({ status: "pending", baseVersion: 3 }, { version: 3 }, false).ok).toBe(true);
  });

  it("asks for confirmation when the chapter changed since, and accepts it once confirmed", () => {
    const stale = checkAccept({ status: "pending", baseVersion: 2 }, { version: 3 }, false);
    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale.error.code).toBe("CONFLICT");
    expect(!stale.ok && stale.error.message).toMatch(/Appliquer quand même/);
    expect(checkAccept({ status: "pending", baseVersion: 2 }, { version: 3 }, true).ok).toBe(true);
  });

  it("refuses a proposal already decided", () => {
    const decided = checkAccept({ status: "declined", baseVersion: 3 }, { version: 3 }, true);
    expect(!decided.ok && decided.error.message).toMatch(/déjà « Refusée »/);
  });
});

describe("checkDecline", () => {
  it("wants a comment", () => {
    const bare = checkDecline({ status: "pending" }, "   ");
    expect(!bare.ok && bare.error.field).toBe("comment");
    expect(checkDecline({ status: "pending" }, "Hors sujet pour ce chapitre.").ok).toBe(true);
  });
});

describe("checkWithdraw", () => {
  it("lets only the author withdraw a pending proposal", () => {
    expect(checkWithdraw({ status: "pending", authorId: "a" }, "a").ok).toBe(true);
    expect(checkWithdraw({ status: "pending", authorId: "a" }, "b").ok).toBe(false);
    expect(checkWithdraw({ status: "accepted", authorId: "a" }, "a").ok).toBe(false);
  });
});

describe("createGuideProposalInput", () => {
  it("names the missing title in French", () => {
    const parsed = createGuideProposalInput.safeParse({
      chapterId: "9b2f6a4e-3c1d-4e5f-8a7b-1c2d3e4f5a6b",
      baseVersion: 0,
      proposedTitle: " ",
      proposedBody: "Texte",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["proposedTitle"]);
    expect(parsed.error?.issues[0]?.message).toBe("Ce champ est obligatoire.");
  });
});
