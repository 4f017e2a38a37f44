/** The public origin of the site, for canonical URLs and the sitemap. */
export function publicOrigin(request: Request): string {
  return process.env.PUBLIC_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
}

/** The public origin for work done outside a request, such as scheduled emails. */
export function configuredOrigin(): string {
  return (
    process.env.PUBLIC_URL?.replace(/\/$/, "") ?? `http://localhost:${process.env.PORT ?? 3000}`
  );
}

/** Whether the public site is served over HTTPS (HSTS, secure cookies, upgraded requests). */
export function isHttps(): boolean {
  return process.env.PUBLIC_URL?.startsWith("https://") ?? false;
}
