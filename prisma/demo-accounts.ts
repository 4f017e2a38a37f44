import type { Role } from "~/account/roles.ts";
import type { Language } from "~/i18n/languages.ts";

type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  language: Language;
  password: string;
};

/** The demo accounts of a local platform (also listed in the README). Never seeded in production. */
export const DEMO_ACCOUNTS = [
  {
    email: "learner@demo.socialtech.academy",
    name: "Lea Learner",
    role: "learner",
    language: "en",
    password: "learner-demo-2026",
  },
  {
    email: "trainer@demo.socialtech.academy",
    name: "Tomas Trainer",
    role: "trainer",
    language: "fr",
    password: "trainer-demo-2026",
  },
  {
    email: "recruiter@demo.socialtech.academy",
    name: "Rita Recruiter",
    role: "recruiter",
    language: "it",
    password: "recruiter-demo-2026",
  },
  {
    email: "admin@demo.socialtech.academy",
    name: "Ada Admin",
    role: "admin",
    language: "es",
    password: "admin-demo-2026",
  },
] as const satisfies readonly DemoAccount[];
