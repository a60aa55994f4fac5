import { spokenSeconds } from '../compose/words';

/** "about 1 minute", "about 40 seconds". */
export function spokenLength(words: number): string {
  const seconds = spokenSeconds(words);
  if (seconds < 60) return `about ${Math.max(5, Math.round(seconds / 5) * 5)} seconds`;
  const minutes = Math.round(seconds / 30) / 2;
  return `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
