import { isIP } from "node:net";

const KEYWORDS = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * Express's "trust proxy" setting from TRUST_PROXY: unset or `false` trusts no proxy; a number
 * is how many proxies stand in front of the app (1 for nginx alone); a comma-separated list
 * names the proxies' addresses or subnets (or Express's `loopback`, `linklocal`,
 * `uniquelocal`). `true` ("every hop is a proxy") is refused: it would let a client choose its
 * own address, and with it its rate-limit key, by sending X-Forwarded-For.
 */
export function trustProxySetting(value = ""): false | number | string[] {
  const setting = value.trim();
  if (setting === "" || setting === "false" || setting === "0") return false;
  if (/^\d+$/.test(setting)) return Number(setting);
  if (setting === "true") {
    throw new Error(
      "TRUST_PROXY=true would trust any X-Forwarded-For a client sends: give the number of proxies in front of the app (1 for one nginx) or their addresses.",
    );
  }
  const entries = setting.split(",").map((entry) => entry.trim());
  for (const entry of entries) {
    const [address, bits, extra] = entry.split("/");
    const version = isIP(address ?? "");
    const maxBits = version === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!KEYWORDS.has(entry) && (!version || !validBits || extra !== undefined)) {
      throw new Error(
        `TRUST_PROXY: "${entry}" is neither a number of proxies, an IP address or subnet, nor loopback, linklocal or uniquelocal.`,
      );
    }
  }
  return entries;
}
