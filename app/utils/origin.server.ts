/** The public origin of the site, for canonical URLs and the sitemap. */
export function publicOrigin(request: Request): string {
  return process.env.PUBLIC_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
}

/** Whether the public site is served over HTTPS (HSTS, secure cookies, upgraded requests). */
export function isHttps(): boolean {
  return process.env.PUBLIC_URL?.startsWith("https://") ?? false;
}
