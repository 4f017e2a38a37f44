import { describe, expect, test } from "vitest";

import { limitAddress } from "~/utils/limit-address.ts";

describe("limitAddress", () => {
  test("an IPv4 address is counted alone, also when written as IPv6", () => {
    expect(limitAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(limitAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(limitAddress("::FFFF:203.0.113.7")).toBe("203.0.113.7");
  });

  test("every address of one IPv6 /64 counts as one client", () => {
    const expected = "2001:db8:a:b::/64";
    expect(limitAddress("2001:db8:a:b::1")).toBe(expected);
    expect(limitAddress("2001:0db8:000a:000b:1234:5678:9abc:def0")).toBe(expected);
    expect(limitAddress("2001:DB8:A:B:ffff::2")).toBe(expected);
    expect(limitAddress("2001:db8:a:c::1")).not.toBe(expected);
  });

  test("a short form is expanded before its prefix is taken", () => {
    expect(limitAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(limitAddress("::1")).toBe("0:0:0:0::/64");
    expect(limitAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  test("anything else is kept as it is", () => {
    expect(limitAddress("unknown")).toBe("unknown");
  });
});
