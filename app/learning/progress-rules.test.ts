import { describe, expect, test } from "vitest";

import { courseProgress, isCertificateDue, PASS_MARK } from "~/learning/progress-rules.ts";

describe("course progress", () => {
  test("nothing done: 0%, start with the theory", () => {
    expect(courseProgress([])).toEqual({
      done: [],
      percent: 0,
      nextPart: "theory",
      complete: false,
    });
  });

  test("parts done out of order: the next part is the first gap, in course order", () => {
    const progress = courseProgress(["toolbox", "theory"]);
    expect(progress).toMatchObject({
      done: ["theory", "toolbox"],
      percent: 50,
      nextPart: "practice",
    });
  });

  test("duplicates and unknown parts do not count", () => {
    expect(courseProgress(["theory", "theory", "appendix"]).percent).toBe(25);
  });

  test("all four parts: complete, nothing next", () => {
    const progress = courseProgress(["reference", "toolbox", "practice", "theory"]);
    expect(progress).toMatchObject({ percent: 100, nextPart: null, complete: true });
  });
});

describe("certificate", () => {
  const all = ["theory", "practice", "toolbox", "reference"];
  test("is due with every part done and a passing quiz", () => {
    expect(isCertificateDue(all, PASS_MARK)).toBe(true);
    expect(isCertificateDue(all, 100)).toBe(true);
  });
  test("is not due below the pass mark, without a quiz, or with a part missing", () => {
    expect(isCertificateDue(all, PASS_MARK - 1)).toBe(false);
    expect(isCertificateDue(all, null)).toBe(false);
    expect(isCertificateDue(all.slice(1), 100)).toBe(false);
  });
});
