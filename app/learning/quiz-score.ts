import type { Quiz } from "~/content/schema.ts";
import { PASS_MARK } from "~/learning/progress-rules.ts";

export type QuizAnswers = Record<string, number[]>;

export type QuestionResult = { id: string; correct: boolean; chosen: number[]; right: number[] };

/** Reads the answers of a submitted quiz form: field `q-<id>` holds the chosen choice indexes. */
export function answersFromForm(quiz: Quiz, formData: FormData): QuizAnswers {
  return Object.fromEntries(
    quiz.questions.map((q) => {
      const chosen = formData
        .getAll(`q-${q.id}`)
        .map((v) => Number(v))
        .filter((n) => Number.isInteger(n) && n >= 0 && n < q.choices.length);
      return [q.id, [...new Set(chosen)].sort((a, b) => a - b)];
    }),
  );
}

/** A question is right when exactly the right choices are chosen. Score in percent. */
export function scoreQuiz(quiz: Quiz, answers: QuizAnswers) {
  const results: QuestionResult[] = quiz.questions.map((q) => {
    const right = q.choices.flatMap((c, i) => (c.correct ? [i] : []));
    const chosen = answers[q.id] ?? [];
    const correct = chosen.length === right.length && right.every((i) => chosen.includes(i));
    return { id: q.id, correct, chosen, right };
  });
  const score = Math.round((results.filter((r) => r.correct).length / results.length) * 100);
  return { score, passed: score >= PASS_MARK, results };
}
