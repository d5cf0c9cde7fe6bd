import { dayLine, partOfDay } from '../../../domain/dates';
import { GREETINGS } from '../greetings';

export function greetingFor(now: Date): string {
  return GREETINGS[partOfDay(now)];
}

export function TodayDate({ now }: { now: Date }) {
  return <p className="today-date">{dayLine(now)}</p>;
}
