import { describe, expect, it } from "vitest";
import { every } from "./scheduler.js";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("every", () => {
  it("runs at once and then on each tick, never two runs at the same time", async () => {
    let runs = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const stop = every(
      5,
      async () => {
        runs += 1;
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await wait(20);
        concurrent -= 1;
      },
      () => undefined,
    );
    await wait(70);
    await stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(maxConcurrent).toBe(1);
    const after = runs;
    await wait(30);
    expect(runs).toBe(after);
  });

  it("keeps going after a failed run and reports the error", async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const stop = every(
      5,
      async () => {
        runs += 1;
        if (runs === 1) throw new Error("SMTP indisponible");
      },
      (error) => errors.push(error),
    );
    await wait(40);
    await stop();
    expect(errors).toHaveLength(1);
    expect(runs).toBeGreaterThan(1);
  });
});
