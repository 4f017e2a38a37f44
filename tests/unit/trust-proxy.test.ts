import { describe, expect, test } from "vitest";

import { trustProxySetting } from "../../server/trust-proxy.ts";

describe("TRUST_PROXY", () => {
  test("unset or false trusts no proxy", () => {
    expect(trustProxySetting(undefined)).toBe(false);
    expect(trustProxySetting("")).toBe(false);
    expect(trustProxySetting("false")).toBe(false);
    expect(trustProxySetting("0")).toBe(false);
  });

  test("a number is a count of proxies", () => {
    expect(trustProxySetting("1")).toBe(1);
    expect(trustProxySetting(" 2 ")).toBe(2);
  });

  test("a list names proxies by address, subnet or keyword", () => {
    expect(trustProxySetting("10.0.0.5, 192.168.0.0/16,loopback,::1,fd00::/8")).toEqual([
      "10.0.0.5",
      "192.168.0.0/16",
      "loopback",
      "::1",
      "fd00::/8",
    ]);
  });

  test("trusting everyone is refused, and so is anything else", () => {
    expect(() => trustProxySetting("true")).toThrow(/number of proxies/);
    for (const bad of ["yes", "10.0.0.300", "10.0.0.0/33", "10.0.0.0/8/1", "nginx", "-1"]) {
      expect(() => trustProxySetting(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });
});
