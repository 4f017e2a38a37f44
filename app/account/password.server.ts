import { hash, verify } from "@node-rs/argon2";

/** argon2id (the library's default) with its default cost. */
export const hashPassword = (password: string) => hash(password);

const DUMMY_HASH = hash("a password nobody has");

/**
 * Checks a password; with no stored hash it still spends the time of a check, so an unknown
 * email and a wrong password cannot be told apart by timing.
 */
export async function verifyPassword(storedHash: string | undefined, password: string) {
  if (!storedHash) {
    await verify(await DUMMY_HASH, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
