import { describe, expect, it } from "vitest";
import { checkEditionTransition, nextEditionStatuses } from "./edition-status.rules.js";

describe("edition status", () => {
  it("moves forward through the call, and back from selection to open", () => {
    expect(checkEditionTransition("planned", "open")).toEqual({ ok: true, value: "open" });
    expect(checkEditionTransition("open", "selection")).toEqual({ ok: true, value: "selection" });
    expect(checkEditionTransition("selection", "open")).toEqual({ ok: true, value: "open" });
    expect(checkEditionTransition("selection", "closed")).toEqual({ ok: true, value: "closed" });
    expect(checkEditionTransition("open", "open")).toEqual({ ok: true, value: "open" });
  });

  it("refuses a jump or a reopening in French, saying what is possible", () => {
    expect(checkEditionTransition("planned", "closed")).toMatchObject({
      ok: false,
      error: {
        code: "TRANSITION_REFUSED",
        field: "status",
        message:
          "Une édition « À venir » ne peut pas passer à « Clôturée » : statuts possibles : « Candidatures ouvertes ».",
      },
    });
    expect(checkEditionTransition("closed", "open")).toMatchObject({
      ok: false,
      error: { message: "L'édition est « Clôturée » : son statut ne peut plus changer." },
    });
    expect(nextEditionStatuses("closed")).toEqual([]);
  });
});
