/**
 * A number put into words with the unit the person gave it: "1 campaign launched", "32%",
 * "32% of sign-ups", "0 of 1 application". The unit is the person's own words, so only its
 * grammar is touched: a plural after 1 is made singular, and a percentage is written the English
 * way. Pure.
 */

// Made once: building a number format is far slower than using one, and the plan tree formats
// a few numbers per goal.
const AMOUNT = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A number as a person writes it: 12, 3.5, 1,200. */
export function formatAmount(value: number): string {
  // Small whole numbers (most targets and counts) read the same either way, and String() is
  // several times cheaper; -0 is left to the format, which writes it "-0".
  if (Number.isInteger(value) && value > -1000 && value < 1000 && !Object.is(value, -0)) {
    return String(value);
  }
  return AMOUNT.format(value);
}

/** Words that end in "s" and are not plurals, or that qualify the noun after them ("sales calls"). */
const NOT_PLURAL = new Set([
  'sales',
  'news',
  'series',
  'species',
  'means',
  'analytics',
  'physics',
  'always',
  'plus',
  'bonus',
  'status',
]);

const IRREGULAR: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  analyses: 'analysis',
  criteria: 'criterion',
};

/** Where the noun phrase ends: the words after these describe it, and are left alone. */
const PHRASE_ENDS = new Set([
  'of',
  'with',
  'for',
  'in',
  'to',
  'against',
  'from',
  'by',
  'per',
  'on',
]);

/** Words after a percentage that already read on from it ("32% more demos", "32% of sign-ups"). */
const READS_ON =
  /^(of|more|less|fewer|up|down|off|over|under|growth|increase|decrease|rise|drop|reduction|uplift|\w+er)\b/i;

function singularOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (NOT_PLURAL.has(lower) || !/^[a-z][a-z'-]*s$/i.test(word) || /(ss|us|is)$/i.test(word)) {
    return null;
  }
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|z|ss)es$/i.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** "campaigns launched" → "campaign launched": the first plural of the noun phrase, made singular. */
function singularUnit(unit: string): string {
  const words = unit.split(' ');
  for (const [index, word] of words.entries()) {
    if (PHRASE_ENDS.has(word.toLowerCase())) break;
    const singular = singularOf(word);
    if (singular !== null)
      return [...words.slice(0, index), singular, ...words.slice(index + 1)].join(' ');
  }
  return unit;
}

/** "32 %" reads "32%", "32 % sign-ups" "32% of sign-ups"; any other unit follows with a space. */
export function amountWithUnit(value: number, unit: string): string {
  const amount = formatAmount(value);
  const trimmed = unit.trim().replace(/\s+/g, ' ');
  const percent = /^(%|per ?cent\b)\s*(.*)$/i.exec(trimmed);
  if (percent) {
    const rest = percent[2] ?? '';
    if (rest === '') return `${amount}%`;
    return READS_ON.test(rest) ? `${amount}% ${rest}` : `${amount}% of ${rest}`;
  }
  if (trimmed === '') return amount;
  return `${amount} ${Math.abs(value) === 1 ? singularUnit(trimmed) : trimmed}`;
}

/** Where a goal's measure stands: "3 of 5 applications", "0 of 1 application", "40 of 50%". */
export function amountOfTarget(current: number, target: number, unit: string): string {
  return `${formatAmount(current)} of ${amountWithUnit(target, unit)}`;
}
