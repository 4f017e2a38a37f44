import { z } from "zod";

const DEV_SECRET = "dev-only-secret-do-not-use-in-production-0123456789";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    SESSION_SECRET: z.string().min(32).optional(),
    /** The site's public address: links in emails and canonical URLs are built on it. */
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    SMTP_URL: z.url().optional(),
    STRIPE_SECRET_KEY: z.string().startsWith("sk_").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
    /** Another address for Stripe's API, such as the local mock used by the tests. */
    STRIPE_API_URL: z.url().optional(),
    MAIL_FROM: z.string().default("Social Tech Academy <no-reply@socialtech.academy>"),
    OUTBOX_DIR: z.string().default(".outbox"),
    AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().positive().default(20),
    AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
    /** Failed logins from all addresses together that lock an account until its owner unlocks it. */
    AUTH_ACCOUNT_LOCK_AFTER: z.coerce.number().int().positive().default(10),
  })
  .refine((env) => env.NODE_ENV !== "production" || env.SESSION_SECRET, {
    message: "SESSION_SECRET (32+ characters) is required in production",
    path: ["SESSION_SECRET"],
  })
  .refine((env) => env.NODE_ENV !== "production" || env.PUBLIC_URL, {
    message:
      "PUBLIC_URL (the site's address, such as https://academy.example.org) is required in production",
    path: ["PUBLIC_URL"],
  });

let parsed: (z.infer<typeof envSchema> & { SESSION_SECRET: string }) | undefined;

/** The server's configuration, checked once; a bad value stops the server with a clear message. */
export function getEnv() {
  if (!parsed) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
    }
    parsed = { ...result.data, SESSION_SECRET: result.data.SESSION_SECRET ?? DEV_SECRET };
  }
  return parsed;
}
