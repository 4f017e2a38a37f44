/** The words content metadata may use (kept free of zod: routes import them in the browser). */
export const PARTS = ["theory", "practice", "toolbox", "reference"] as const;
export type Part = (typeof PARTS)[number];
export const THEMES = [
  "inclusion",
  "data",
  "security",
  "commons",
  "services",
  "communication",
  "strategy",
] as const;
export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
