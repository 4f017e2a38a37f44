import path from "node:path";

/** Where the build writes the compiled content that the server reads at start-up. */
export const CONTENT_BUNDLE_PATH = path.resolve(
  process.env.CONTENT_BUNDLE ?? ".generated/content.json",
);
