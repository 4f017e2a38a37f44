import type { Course } from "~/content/types.ts";
import type { Language } from "~/i18n/languages.ts";
import { issueCertificateIfDue } from "~/learning/certificates.server.ts";
import { answersFromForm, scoreQuiz } from "~/learning/quiz-score.ts";
import { prisma } from "~/utils/db.server.ts";

/** Scores a submitted quiz; for a logged-in learner, stores the attempt and issues a certificate if due. */
export async function submitQuiz(
  course: Course,
  lang: Language,
  formData: FormData,
  userId: string | null,
) {
  const quiz = course.locales[lang].quiz;
  const answers = answersFromForm(quiz, formData);
  const result = scoreQuiz(quiz, answers);
  if (userId) {
    await prisma.quizAttempt.create({
      data: {
        userId,
        course: course.slug,
        score: result.score,
        passed: result.passed,
        answers: JSON.stringify(answers),
        language: lang,
      },
    });
    await issueCertificateIfDue(userId, course.slug);
  }
  return result;
}
