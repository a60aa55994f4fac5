/**
 * Action verbs for résumé lines: the past tense a line starts with, and the plain form a goal's
 * title usually starts with ("Win 50 pitches" → "Won"). Fixed lists: nothing leaves the machine.
 */

/** Plain form → past tense, for the verbs whose past is not just "-ed". */
const IRREGULAR: Readonly<Record<string, string>> = {
  begin: 'began',
  build: 'built',
  rebuild: 'rebuilt',
  submit: 'submitted',
  commit: 'committed',
  buy: 'bought',
  cut: 'cut',
  do: 'did',
  draw: 'drew',
  drive: 'drove',
  find: 'found',
  get: 'got',
  give: 'gave',
  grow: 'grew',
  hold: 'held',
  lead: 'led',
  make: 'made',
  meet: 'met',
  run: 'ran',
  sell: 'sold',
  set: 'set',
  speak: 'spoke',
  spend: 'spent',
  teach: 'taught',
  take: 'took',
  win: 'won',
  write: 'wrote',
};

/** Verbs whose plain form takes a regular "-ed" (or "-d", or "y" → "ied"). */
const REGULAR = [
  'achieve',
  'analyse',
  'analyze',
  'apply',
  'attract',
  'automate',
  'book',
  'boost',
  'certify',
  'close',
  'coach',
  'complete',
  'convert',
  'create',
  'deliver',
  'design',
  'develop',
  'double',
  'earn',
  'establish',
  'exceed',
  'expand',
  'finish',
  'found',
  'gain',
  'generate',
  'graduate',
  'halve',
  'help',
  'hire',
  'host',
  'implement',
  'improve',
  'increase',
  'introduce',
  'join',
  'land',
  'launch',
  'learn',
  'lower',
  'manage',
  'mentor',
  'negotiate',
  'obtain',
  'open',
  'organise',
  'organize',
  'pass',
  'perform',
  'pitch',
  'plan',
  'present',
  'publish',
  'qualify',
  'raise',
  'reach',
  'recruit',
  'redesign',
  'reduce',
  'release',
  'save',
  'secure',
  'ship',
  'sign',
  'simplify',
  'solve',
  'start',
  'streamline',
  'train',
  'triple',
];

/** The past tense of a regular verb's plain form. */
function regularPast(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  // One-syllable verbs ending consonant-vowel-consonant double it: ship → shipped, plan → planned.
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ed`;
  return `${verb}ed`;
}

const PLAIN_TO_PAST = new Map<string, string>([
  ...REGULAR.map((verb): [string, string] => [verb, regularPast(verb)]),
  ...Object.entries(IRREGULAR),
]);

/** Openers that describe a duty or a small part, not something done: coached away. */
export const WEAK_OPENERS: ReadonlySet<string> = new Set([
  'responsible',
  'helped',
  'assisted',
  'worked',
  'participated',
  'involved',
  'tasked',
  'was',
  'were',
  'did',
  'tried',
  'handled',
]);

const PAST = new Set<string>([
  ...PLAIN_TO_PAST.values(),
  'promoted',
  'awarded',
  'elected',
  'named',
  'selected',
]);

/** The past tense when `word` is the plain form of a known action verb, else null. */
export function pastOf(word: string): string | null {
  return PLAIN_TO_PAST.get(word.toLowerCase()) ?? null;
}

/** Whether `word` is an action verb in the past tense a résumé line can start with. */
export function isActionVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (WEAK_OPENERS.has(lower)) return false;
  // Any "-ed" word counts too (Spearheaded, Onboarded): the list cannot hold every verb.
  return PAST.has(lower) || /^[a-z]{3,}ed$/.test(lower);
}
