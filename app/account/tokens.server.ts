import { createHash, randomBytes } from "node:crypto";

import { prisma } from "~/utils/db.server.ts";

const HOUR_MS = 60 * 60 * 1000;
export type VerificationPurpose = "reset-password" | "change-email" | "unlock-login";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Creates a single-use token (only its hash is stored) and returns it for the emailed link;
 * `db` is a transaction's client when the email is queued in the same transaction.
 */
export async function createVerification(
  userId: string,
  purpose: VerificationPurpose,
  target?: string,
  db: Pick<typeof prisma, "verification"> = prisma,
) {
  const token = randomBytes(32).toString("base64url");
  await db.verification.deleteMany({ where: { userId, purpose, usedAt: null } });
  await db.verification.create({
    data: {
      userId,
      purpose,
      target,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + HOUR_MS),
    },
  });
  return token;
}

/** Uses a token once: null when it is unknown, expired, already used or for another purpose. */
export async function consumeVerification(token: string, purpose: VerificationPurpose) {
  const verification = await prisma.verification.findUnique({
    where: { tokenHash: hashToken(token) },
  });
  if (!verification || verification.purpose !== purpose) return null;
  if (verification.usedAt || verification.expiresAt < new Date()) return null;
  const { count } = await prisma.verification.updateMany({
    where: { id: verification.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1 ? verification : null;
}

/** Whether a token could still be used (to show the form, or say the link expired). */
export async function isVerificationUsable(token: string, purpose: VerificationPurpose) {
  const verification = await prisma.verification.findUnique({
    where: { tokenHash: hashToken(token) },
  });
  return Boolean(
    verification &&
    verification.purpose === purpose &&
    !verification.usedAt &&
    verification.expiresAt > new Date(),
  );
}
