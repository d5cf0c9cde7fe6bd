import type { DaysWritten } from './days-written';
import type { ExpectedVersusActual, RatingChange } from './experiment-figures';
import type { QuestionsAnswered, WordsWritten } from './journal-insights';

/*
 * The words of the insights screen: plain, kind, and never a score. Counts are of days and
 * words someone gave, never of what they missed.
 */

const numbers = new Intl.NumberFormat('en');
const plural = (count: number, one: string, many: string) => `${numbers.format(count)} ${count === 1 ? one : many}`;

export function describeDays(days: DaysWritten): string {
  if (days.thisYear === 0) return 'Nothing written yet this year. The page is here whenever you want it.';
  if (days.thisMonth === 0) {
    return `You wrote on ${plural(days.thisYear, 'day', 'days')} this year. This month is still open, whenever you want it.`;
  }
  return `You wrote on ${plural(days.thisMonth, 'day', 'days')} this month, and ${plural(days.thisYear, 'day', 'days')} this year.`;
}

export function describeAllDays(days: DaysWritten): string {
  return `In all, you've come back to write on ${plural(days.allTime, 'day', 'days')}.`;
}

const across = (runs: number) => (runs === 1 ? 'In the 1 run' : `Across the ${numbers.format(runs)} runs`);

/** "Across the 3 runs where you rated both, you believed it 80% before and 45% after, on average." */
export function describeBelief(change: RatingChange): string {
  if (change.runs === 0)
    return 'Rate how strongly you believe it before and after a run, and the change will show here.';
  const how = change.runs === 1 ? '' : ', on average';
  return `${across(change.runs)} where you rated both, you believed it ${change.averageFirst}% before and ${change.averageSecond}% after${how}.`;
}

/** "Across the 3 runs where you rated both, discomfort was 60 before and 35 during, on average." */
export function describeDiscomfort(change: RatingChange): string {
  if (change.runs === 0) return 'Rate your discomfort before and during a run, and how it moved will show here.';
  const how = change.runs === 1 ? '' : ', on average';
  return `${across(change.runs)} where you rated both, discomfort was ${change.averageFirst} out of 100 before and ${change.averageSecond} during${how}.`;
}

/**
 * What the person's own runs show about the feared outcome, in their numbers, promising
 * nothing: "In 3 runs, you expected it would be 70 out of 100 bad if it happened, on average. It
 * came true, wholly or partly, in 1 of them, and was 30 out of 100 where you had expected 80.
 * In the other 2 it didn't happen."
 */
export function describeExpected(figures: ExpectedVersusActual): string {
  const { runs, averageExpected, happened, whenItHappened } = figures;
  if (runs === 0) {
    return 'Before a run, say how bad it would be if your prediction came true. Afterwards, say whether it did. Then you can see how the two compare.';
  }
  const inRuns = runs === 1 ? 'In 1 run' : `In ${numbers.format(runs)} runs`;
  const average = runs === 1 ? '' : ', on average';
  const opening = `${inRuns}, you expected it would be ${averageExpected} out of 100 bad if it happened${average}.`;
  if (happened === 0) return `${opening} ${runs === 1 ? 'It' : 'In every one of them, it'} didn't happen.`;
  const of = runs === 1 ? 'It came true, wholly or partly' : `It came true, wholly or partly, in ${happened} of them`;
  const rest = runs - happened;
  const didnt = rest === 0 ? '' : ` In the other ${rest === 1 ? 'one' : numbers.format(rest)} it didn't happen.`;
  if (whenItHappened.runs === 0) return `${opening} ${of}; you didn't rate how bad it was.${didnt}`;
  const when = whenItHappened.runs === 1 ? '' : ' on average';
  return `${opening} ${of}, and was ${whenItHappened.averageSecond} out of 100 where you had expected ${whenItHappened.averageFirst}${when}.${didnt}`;
}

export function describeQuestions(answered: QuestionsAnswered): string {
  if (answered.answers === 0) return 'No questions answered yet. They are there whenever you would like one.';
  const questions =
    answered.questions === 1 ? '1 question' : `${numbers.format(answered.questions)} different questions`;
  return `You answered ${questions}, with ${plural(answered.answers, 'answer', 'answers')} in all.`;
}

export function describeWords(words: WordsWritten): string {
  if (words.total === 0) return 'No words yet, and that is fine. Moods and ratings count as noticing too.';
  if (words.inExperiments === 0) return `You've written ${plural(words.total, 'word', 'words')} in your entries.`;
  if (words.inEntries === 0) return `You've written ${plural(words.total, 'word', 'words')} in your experiments.`;
  return `You've written ${plural(words.total, 'word', 'words')}: ${numbers.format(words.inEntries)} in entries and answers, ${numbers.format(words.inExperiments)} in experiments.`;
}
