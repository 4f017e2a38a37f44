/** The Content-Security-Policy of an HTML document: scripts only from us or with the nonce. */
export function contentSecurityPolicy(
  nonce: string,
  {
    isProduction,
    isHttps,
    formTargets = [],
  }: { isProduction: boolean; isHttps: boolean; formTargets?: string[] },
) {
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": isProduction ? ["'self'"] : ["'self'", "ws://localhost:*"],
    // A form may lead elsewhere through a redirect, such as enrolling into a paid cohort's checkout.
    "form-action": ["'self'", ...formTargets],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`);
  if (isHttps) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}
