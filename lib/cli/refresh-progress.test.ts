import { describe, expect, it } from "vitest";
import type { SeasonProgress } from "../refresh-job/events";
import { createProgressDisplay } from "./refresh-progress";

const progress = (done: number, total: number): SeasonProgress => ({
  stage: "seasons",
  done,
  total,
  changed: Math.floor(done / 2),
  unchanged: done - Math.floor(done / 2),
  failed: {},
});

function capture(isTTY: boolean) {
  const out = {
    text: "",
    isTTY,
    columns: 100,
    write(text: string) {
      out.text += text;
    },
  };
  return out;
}

describe("the progress display", () => {
  it("prints a line per tenth of the work when not on a terminal", () => {
    const out = capture(false);
    const display = createProgressDisplay(out);

    for (let done = 0; done <= 37; done += 1) display.show(progress(done, 37));
    display.end();

    const lines = out.text.trim().split("\n");
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe("seasons: 0 % (0/37), 0 changed, 0 failed");
    expect(lines[1]).toBe("seasons: 10 % (4/37), 2 changed, 0 failed");
    expect(lines[10]).toBe("seasons: 100 % (37/37), 18 changed, 0 failed");
  });

  it("redraws one bar in place on a terminal, ending its line when done", () => {
    const out = capture(true);
    const display = createProgressDisplay(out);

    display.show(progress(0, 4));
    display.show(progress(2, 4));
    display.show(progress(4, 4));
    display.end();

    const frames = out.text.split("\r\x1b[2K").filter(Boolean);
    expect(frames).toHaveLength(3);
    expect(frames[1]).toBe(
      `seasons [${"#".repeat(15)}${"-".repeat(15)}] 2/4  1 changed, 0 failed`,
    );
    expect(out.text.endsWith("4/4  2 changed, 0 failed\n")).toBe(true);
  });

  it("shows nothing for a stage with no work", () => {
    const out = capture(false);

    createProgressDisplay(out).show(progress(0, 0));

    expect(out.text).toBe("");
  });
});
