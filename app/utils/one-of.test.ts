import { describe, expect, test } from "vitest";

import { isOneOf, parseOneOf } from "~/utils/one-of.ts";

const SIZES = ["small", "large"] as const;

describe("a vocabulary's values", () => {
  test("a value is one of the list only if it is one of its strings", () => {
    expect(isOneOf(SIZES, "small")).toBe(true);
    expect(isOneOf(SIZES, "medium")).toBe(false);
    expect(isOneOf(SIZES, undefined)).toBe(false);
    expect(isOneOf(SIZES, ["small"])).toBe(false);
  });

  test("a value read from the database is returned typed, and an unknown one is an error", () => {
    expect(parseOneOf(SIZES, "large", "size")).toBe("large");
    expect(() => parseOneOf(SIZES, "Large", "size")).toThrow(
      'Unknown size "Large": expected one of small, large',
    );
  });
});
