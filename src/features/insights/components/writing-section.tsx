import { describeQuestions, describeWords } from '../../../domain/insights/describe-insights';
import type { QuestionsAnswered, WordsWritten } from '../../../domain/insights/journal-insights';

export function WritingSection({ questions, words }: { questions: QuestionsAnswered; words: WordsWritten }) {
  return (
    <section aria-labelledby="insights-writing" className="stack">
      <h2 id="insights-writing" className="section-title">
        Questions and words
      </h2>
      <p>{describeQuestions(questions)}</p>
      <p>{describeWords(words)}</p>
    </section>
  );
}
