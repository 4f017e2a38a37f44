import { describe, expect, test } from "vitest";

import type { Quiz } from "~/content/schema.ts";
import { answersFromForm, scoreQuiz } from "~/learning/quiz-score.ts";

const quiz: Quiz = {
  questions: [
    {
      id: "one",
      prompt: "?",
      multiple: false,
      explanation: ".",
      choices: [{ text: "a", correct: true }, { text: "b" }],
    },
    {
      id: "two",
      prompt: "?",
      multiple: true,
      explanation: ".",
      choices: [{ text: "a", correct: true }, { text: "b" }, { text: "c", correct: true }],
    },
    {
      id: "three",
      prompt: "?",
      multiple: false,
      explanation: ".",
      choices: [{ text: "a" }, { text: "b", correct: true }],
    },
  ],
};

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("quiz scoring", () => {
  test("all right: 100%, passed", () => {
    const answers = answersFromForm(
      quiz,
      form([
        ["q-one", "0"],
        ["q-two", "2"],
        ["q-two", "0"],
        ["q-three", "1"],
      ]),
    );
    expect(scoreQuiz(quiz, answers)).toMatchObject({ score: 100, passed: true });
  });

  test("a multiple-answer question needs exactly the right choices", () => {
    const partial = answersFromForm(
      quiz,
      form([
        ["q-one", "0"],
        ["q-two", "0"],
        ["q-three", "1"],
      ]),
    );
    const result = scoreQuiz(quiz, partial);
    expect(result.score).toBe(67);
    expect(result.passed).toBe(false);
    expect(result.results[1]).toEqual({ id: "two", correct: false, chosen: [0], right: [0, 2] });
    const extra = answersFromForm(
      quiz,
      form([
        ["q-two", "0"],
        ["q-two", "1"],
        ["q-two", "2"],
      ]),
    );
    expect(scoreQuiz(quiz, extra).results[1]?.correct).toBe(false);
  });

  test("unanswered questions count as wrong; forged values are ignored", () => {
    const answers = answersFromForm(
      quiz,
      form([
        ["q-one", "9"],
        ["q-one", "-1"],
        ["q-three", "x"],
        ["q-four", "0"],
      ]),
    );
    expect(answers).toEqual({ one: [], two: [], three: [] });
    expect(scoreQuiz(quiz, answers)).toMatchObject({ score: 0, passed: false });
  });
});
