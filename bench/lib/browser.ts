import { Agent, request } from "node:http";

export type Answer = {
  status: number;
  location: string | null;
  body: string;
  serverTiming: string | null;
};

/** A failed request: an answer that is not 2xx/3xx, or no answer at all. */
export type Failure = { at: number; method: string; route: string; status: number | string };

/**
 * One simulated person's browser: its own client address (any 127.x.y.z reaches this
 * machine, so each user has the address nginx and the rate limits see), a cookie jar, and
 * forms posted the way a browser posts them (same-origin Origin header, urlencoded body).
 */
export class Browser {
  private readonly agent: Agent;
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly origin: string,
    localAddress: string,
    private readonly failures: Failure[],
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 2, localAddress });
  }

  get(url: string, route = url) {
    return this.send("GET", url, route);
  }

  /** Posts a form; `route` names the request in the error report (no ids in it). */
  post(url: string, form: Record<string, string | string[]>, route = url) {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    }
    return this.send("POST", url, route, body.toString());
  }

  close() {
    this.agent.destroy();
  }

  private send(method: string, url: string, route: string, body?: string): Promise<Answer | null> {
    const target = new URL(url, this.origin);
    const sameSite = target.origin === this.origin;
    const headers: Record<string, string> = {
      Accept: "text/html",
      "Accept-Encoding": "identity",
      "Sec-Fetch-Dest": "document",
      "Sec-Fetch-Site": "same-origin",
    };
    if (sameSite && this.cookies.size) {
      headers.Cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    if (body !== undefined) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      headers["Content-Length"] = String(Buffer.byteLength(body));
      headers.Origin = target.origin;
    }
    return new Promise((resolve) => {
      const fail = (status: number | string) => {
        this.failures.push({ at: Date.now(), method, route, status });
        resolve(null);
      };
      const req = request(
        target,
        { method, headers, agent: sameSite ? this.agent : undefined, timeout: 30_000 },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", () => fail("network"));
          response.on("end", () => {
            const status = response.statusCode ?? 0;
            if (sameSite) this.keepCookies(response.headers["set-cookie"] ?? []);
            if (status >= 400) return fail(status);
            const location = response.headers.location;
            resolve({
              status,
              location: location ? new URL(location, target).href : null,
              body: Buffer.concat(chunks).toString("utf8"),
              serverTiming: response.headers["server-timing"]?.toString() ?? null,
            });
          });
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", (error: NodeJS.ErrnoException) =>
        fail(error.message === "timeout" ? "timeout" : `network ${error.code ?? error.message}`),
      );
      req.end(body);
    });
  }

  private keepCookies(setCookies: string[]) {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || value.join("=") === "") this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join("="));
    }
  }
}
