import { isIP } from "node:net";

/**
 * The part of a client address that rate limits count by. An IPv4 address is one client; an
 * IPv6 host usually holds a whole /64 (any of 2^64 addresses, chosen at will), so IPv6 counts
 * by its first four groups. An IPv4 address written as IPv6 (`::ffff:a.b.c.d`) is the IPv4 one.
 */
export function limitAddress(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  const address = ip.split("%")[0] ?? ip;
  if (isIP(address) !== 6) return ip;
  const [head = "", tail] = address.toLowerCase().split("::");
  const groups = head ? head.split(":") : [];
  if (tail !== undefined) {
    const after = tail ? tail.split(":") : [];
    groups.push(
      ...Array<string>(Math.max(8 - groups.length - after.length, 0)).fill("0"),
      ...after,
    );
  }
  const prefix = groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ""));
  return `${prefix.join(":")}::/64`;
}
