import { describe, expect, test } from "vitest";

import { paginate, parsePage } from "~/utils/pagination.ts";

describe("pagination", () => {
  const letters = ["a", "b", "c", "d", "e"];

  test("cuts a list into pages and says where it is", () => {
    expect(paginate(letters, 1, 2)).toEqual({ items: ["a", "b"], page: 1, pages: 3, total: 5 });
    expect(paginate(letters, 3, 2)).toEqual({ items: ["e"], page: 3, pages: 3, total: 5 });
  });

  test("a page past the end is the last one; an empty list has one empty page", () => {
    expect(paginate(letters, 9, 2).page).toBe(3);
    expect(paginate([], 4, 2)).toEqual({ items: [], page: 1, pages: 1, total: 0 });
  });

  test("a page parameter that is not a whole number from 1 is the first page", () => {
    expect(["2", "17"].map(parsePage)).toEqual([2, 17]);
    expect([null, "", "0", "-3", "1.5", "two", "1e400"].map(parsePage)).toEqual([
      1, 1, 1, 1, 1, 1, 1,
    ]);
  });
});
