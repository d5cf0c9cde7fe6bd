import { format } from 'date-fns';
import { partOfDay } from '../../../domain/dates';

const greetings = {
  morning: 'Good morning',
  afternoon: 'Good afternoon',
  evening: 'Good evening',
  night: 'Hello, night owl',
} as const;

export function greetingFor(now: Date): string {
  return greetings[partOfDay(now)];
}

export function TodayDate({ now }: { now: Date }) {
  return <p className="today-date">{format(now, 'EEEE d MMMM')}</p>;
}
