import { Browser, type Failure } from "./browser.ts";
import { type BenchDatabase, literal } from "./database.ts";

/**
 * What the simulated users do, through the same HTTP forms a browser posts, and what each of
 * them saw the server acknowledge (a 2xx/3xx answer to a POST): the writes that must be in the
 * database afterwards.
 */
export type Acknowledged = {
  email: string;
  signedUp: boolean;
  /** "course/part" marked done. */
  parts: Set<string>;
  /** Quiz attempts stored, per course. */
  quizzes: Map<string, number>;
  /** Cohort ids joined (enrolled, waiting or holding a seat). */
  cohorts: Set<string>;
  /** Checkout sessions paid, whose webhook the platform accepted. */
  payments: string[];
};

export type Cohort = { id: string; code: string; paid: boolean };

const PARTS = ["theory", "practice", "toolbox", "reference"];
const PASSWORD = "bench-password-2026";
const LANG = "en";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

/** The address of simulated user `i`, distinct from nginx's own 127.0.0.1. */
const clientAddress = (i: number) => `127.10.${Math.floor(i / 250)}.${(i % 250) + 1}`;

async function signUp(browser: Browser, email: string, name: string) {
  await browser.get(`/${LANG}/signup`);
  const answer = await browser.post(
    `/${LANG}/signup`,
    { name, email, password: PASSWORD, language: LANG, consent: "on" },
    "POST signup",
  );
  return answer !== null && answer.status < 400;
}

/**
 * A trainer (signed up through the form, then given the role in the database as an admin
 * would) and cohorts created through the cohort form: free ones and a few paid ones.
 */
export async function createCohorts(origin: string, db: BenchDatabase, runId: string) {
  const failures: Failure[] = [];
  const trainer = new Browser(origin, "127.9.0.1", failures);
  const email = `trainer-${runId}@bench.test`;
  if (!(await signUp(trainer, email, "Bench Trainer"))) throw new Error("trainer signup failed");
  await db.run(`UPDATE "User" SET role = 'trainer' WHERE email = ${literal(email)}`);
  const courses = [
    ...new Set(
      [
        ...(await trainer.get(`/${LANG}/courses`))!.body.matchAll(/\/en\/courses\/([a-z0-9-]+)"/g),
      ].map((m) => m[1]!),
    ),
  ];
  const plans = [
    ...Array.from({ length: 8 }, () => ({ capacity: 25, price: "0" })),
    ...Array.from({ length: 2 }, () => ({ capacity: 10, price: "40" })),
  ];
  const cohorts: Cohort[] = [];
  for (const [index, plan] of plans.entries()) {
    const created = await trainer.post(`/${LANG}/trainer/cohorts/new`, {
      title: `Bench cohort ${index + 1}`,
      description: "A cohort of the load benchmark.",
      language: LANG,
      startsOn: "2027-01-11",
      endsOn: "2027-03-26",
      capacity: String(plan.capacity),
      price: plan.price,
      courses: courses.slice(index % 5, (index % 5) + 3),
    });
    const id = created?.location?.match(/\/trainer\/cohorts\/([^/?]+)$/)?.[1];
    if (!id) throw new Error(`cohort form refused: ${created?.status} ${failures[0]?.status}`);
    const page = (await trainer.get(`/${LANG}/trainer/cohorts/${id}`))!.body;
    const code = /\/join\/([A-Z0-9]+)/.exec(page)?.[1];
    if (!code) throw new Error("no join code on the cohort page");
    cohorts.push({ id, code, paid: plan.price !== "0" });
  }
  trainer.close();
  return { cohorts, courses };
}

type UserOptions = {
  origin: string;
  index: number;
  runId: string;
  courses: string[];
  cohorts: Cohort[];
  until: number;
  failures: Failure[];
  thinkMs: [number, number];
};

/** Logs in through the form; true once it redirects to the dashboard. */
async function logIn(browser: Browser, email: string) {
  await browser.get(`/${LANG}/login`, "GET login");
  const answer = await browser.post(`/${LANG}/login`, { email, password: PASSWORD }, "POST login");
  return answer?.location?.endsWith(`/${LANG}/learn`) ?? false;
}

/** Pays a held seat on the Stripe mock's page; true once the mock says the webhook was accepted. */
async function pay(browser: Browser, checkoutUrl: string, mine: Acknowledged) {
  const page = await browser.get(checkoutUrl, "GET checkout page");
  if (!page) return;
  const paid = await browser.post(checkoutUrl, { action: "pay" }, "POST checkout pay");
  if (paid?.status === 303 && paid.location) {
    mine.payments.push(/\/pay\/([^/?]+)/.exec(checkoutUrl)![1]!);
    await browser.get(paid.location, "GET join page after paying");
  }
}

async function takeQuiz(browser: Browser, course: string, mine: Acknowledged) {
  const url = `/${LANG}/courses/${course}/quiz`;
  const page = await browser.get(url, "GET quiz");
  if (!page) return;
  const choices = new Map<string, string[]>();
  for (const [, name, value] of page.body.matchAll(/name="(q-[^"]+)"[^>]*value="(\d+)"/g)) {
    choices.set(name!, [...(choices.get(name!) ?? []), value!]);
  }
  const answers = Object.fromEntries([...choices].map(([name, values]) => [name, pick(values)]));
  const answer = await browser.post(url, answers, "POST quiz");
  if (answer) mine.quizzes.set(course, (mine.quizzes.get(course) ?? 0) + 1);
}

/** One person for the whole run: signs up, then reads, marks parts done, takes quizzes, joins cohorts. */
export async function simulateUser(options: UserOptions): Promise<Acknowledged> {
  const { origin, index, runId, courses, cohorts, until, failures } = options;
  const browser = new Browser(origin, clientAddress(index), failures);
  const mine: Acknowledged = {
    email: `learner-${index}-${runId}@bench.test`,
    signedUp: false,
    parts: new Set(),
    quizzes: new Map(),
    cohorts: new Set(),
    payments: [],
  };
  const think = () =>
    sleep(options.thinkMs[0] + Math.random() * (options.thinkMs[1] - options.thinkMs[0]));
  // One learner in ten buys seats; the others join free cohorts.
  const reachable = cohorts.filter((c) => c.paid === (index % 10 === 0));

  while (!mine.signedUp && Date.now() < until) {
    mine.signedUp = await signUp(browser, mine.email, `Learner ${index}`);
    if (!mine.signedUp) await think();
  }
  // A write counts only while the session is known to be open: the same forms answer an
  // anonymous visitor too (progress kept in a cookie, a quiz scored but not stored).
  let signedIn = mine.signedUp;
  while (Date.now() < until) {
    await think();
    if (!signedIn) {
      // Logged out, or a logout or login that failed: log in again first, as a person would.
      signedIn = await logIn(browser, mine.email);
      continue;
    }
    const course = pick(courses);
    const roll = Math.random();
    if (roll < 0.35) {
      await browser.get(`/${LANG}/courses/${course}/${pick(PARTS)}`, "GET part");
    } else if (roll < 0.6) {
      const part = pick(PARTS);
      const url = `/${LANG}/courses/${course}/${part}`;
      if (await browser.post(url, { intent: "complete" }, "POST part done"))
        mine.parts.add(`${course}/${part}`);
    } else if (roll < 0.72) {
      await takeQuiz(browser, course, mine);
    } else if (roll < 0.85) {
      await browser.get(`/${LANG}/learn`, "GET learn");
    } else if (roll < 0.93) {
      const cohort = pick(reachable);
      if (mine.cohorts.has(cohort.id)) continue;
      await browser.get(`/${LANG}/join/${cohort.code}`, "GET join");
      const joined = await browser.post(`/${LANG}/join/${cohort.code}`, {}, "POST join");
      if (!joined) continue;
      mine.cohorts.add(cohort.id);
      if (joined.location && !joined.location.startsWith(origin))
        await pay(browser, joined.location, mine);
    } else {
      signedIn = false;
      await browser.post(`/${LANG}/logout`, {}, "POST logout");
    }
  }
  browser.close();
  return mine;
}

type Row = Record<string, string | number>;

/**
 * Compares what the users saw acknowledged with what the database holds, and checks the
 * invariants a crash must not break: no cohort over capacity, nobody enrolled twice, no
 * Stripe payment applied twice.
 */
export async function verify(db: BenchDatabase, users: Acknowledged[], cohorts: Cohort[]) {
  const emails = new Set(
    (await db.all<Row>(`SELECT email FROM "User"`)).map((r) => String(r.email)),
  );
  const byUser = (sql: string) => db.all<Row>(sql);
  const parts = new Set(
    (
      await byUser(
        `SELECT u.email, p.course, p.part FROM "PartProgress" p JOIN "User" u ON u.id = p."userId"`,
      )
    ).map((r) => `${r.email}|${r.course}/${r.part}`),
  );
  const quizzes = new Map(
    (
      await byUser(
        `SELECT u.email, q.course, COUNT(*) AS n FROM "QuizAttempt" q JOIN "User" u ON u.id = q."userId" GROUP BY u.email, q.course`,
      )
    ).map((r) => [`${r.email}|${r.course}`, Number(r.n)]),
  );
  const enrolments = new Map(
    (
      await byUser(
        `SELECT u.email, e."cohortId", e.status FROM "Enrollment" e JOIN "User" u ON u.id = e."userId"`,
      )
    ).map((r) => [`${r.email}|${r.cohortId}`, String(r.status)]),
  );
  const payments = new Map(
    (
      await db.all<Row>(
        `SELECT p."checkoutSessionId" AS session, p.status, e.status AS enrolment FROM "Payment" p JOIN "Enrollment" e ON e.id = p."enrollmentId"`,
      )
    ).map((r) => [String(r.session), r]),
  );

  const lost: string[] = [];
  const acknowledged = { signups: 0, parts: 0, quizAttempts: 0, enrolments: 0, payments: 0 };
  for (const user of users) {
    if (!user.signedUp) continue;
    acknowledged.signups++;
    if (!emails.has(user.email)) lost.push(`account ${user.email}`);
    for (const part of user.parts) {
      acknowledged.parts++;
      if (!parts.has(`${user.email}|${part}`)) lost.push(`part ${part} of ${user.email}`);
    }
    for (const [course, count] of user.quizzes) {
      acknowledged.quizAttempts += count;
      const stored = quizzes.get(`${user.email}|${course}`) ?? 0;
      if (stored < count)
        lost.push(`${count - stored} quiz attempt(s) on ${course} by ${user.email}`);
    }
    for (const cohort of user.cohorts) {
      acknowledged.enrolments++;
      const status = enrolments.get(`${user.email}|${cohort}`);
      if (!status || status === "removed") lost.push(`enrolment of ${user.email} in ${cohort}`);
    }
    for (const session of user.payments) {
      acknowledged.payments++;
      const payment = payments.get(session);
      if (payment?.status !== "paid" || payment.enrolment !== "enrolled")
        lost.push(`payment ${session}: ${payment?.status ?? "missing"}, ${payment?.enrolment}`);
    }
  }

  const invariants = {
    overCapacity: await db.all<Row>(
      `SELECT c.id, c.capacity, COUNT(e.id) AS taken FROM "Cohort" c JOIN "Enrollment" e ON e."cohortId" = c.id AND e.status IN ('enrolled', 'pending_payment') GROUP BY c.id, c.capacity HAVING COUNT(e.id) > c.capacity`,
    ),
    enrolledTwice: await db.all<Row>(
      `SELECT "cohortId", "userId", COUNT(*) AS n FROM "Enrollment" GROUP BY "cohortId", "userId" HAVING COUNT(*) > 1`,
    ),
    paidTwice: await db.all<Row>(
      `SELECT "enrollmentId", COUNT(*) AS n FROM "Payment" WHERE status = 'paid' GROUP BY "enrollmentId" HAVING COUNT(*) > 1`,
    ),
    stripeEventTwice: await db.all<Row>(
      `SELECT id, COUNT(*) AS n FROM "StripeEvent" GROUP BY id HAVING COUNT(*) > 1`,
    ),
    paidSeatWithoutOnePayment: await db.all<Row>(
      `SELECT e.id FROM "Enrollment" e JOIN "Cohort" c ON c.id = e."cohortId" WHERE c."priceCents" > 0 AND e.status = 'enrolled' AND (SELECT COUNT(*) FROM "Payment" p WHERE p."enrollmentId" = e.id AND p.status = 'paid') <> 1`,
    ),
  };
  const stored = {
    parts: parts.size,
    quizAttempts: [...quizzes.values()].reduce((a, b) => a + b, 0),
    enrolments: enrolments.size,
    paidPayments: [...payments.values()].filter((p) => p.status === "paid").length,
    stripeEvents: Number((await db.all<Row>(`SELECT COUNT(*) AS n FROM "StripeEvent"`))[0]!.n),
    cohorts: cohorts.length,
  };
  return { acknowledged, stored, lost, invariants };
}

/** Failures grouped by request and answer, for the report. */
export function summarise(failures: Failure[]) {
  const counts: Record<string, number> = {};
  for (const f of failures) {
    const key = `${f.route.startsWith("POST") || f.route.startsWith("GET") ? f.route : `${f.method} ${f.route}`} → ${f.status}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { total: failures.length, byRequest: counts };
}
