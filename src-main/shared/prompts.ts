/**
 * Guided prompts: questions to write under, in our own words, drawn from the ideas of the domain
 * article (know yourself first, make each goal SMART, check aspirations against your values, look
 * back regularly, and treat a change of direction as normal). Shared by both processes: the editor
 * inserts them, and the plan's *Start a reflection* picks one with `choosePromptFor`.
 */
import type { RichTextNode } from '../contract/schemas';

export type PromptCategory =
  'self-knowledge' | 'smart' | 'aspiration' | 'self-check' | 'career-change';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export interface Prompt {
  /** Stable: stored in the prompt block of entries. */
  id: string;
  category: PromptCategory;
  text: string;
  /** For SMART prompts, the letter the prompt works on. */
  letter?: SmartLetter;
}

export const PROMPT_CATEGORIES: { id: PromptCategory; label: string; description: string }[] = [
  {
    id: 'self-knowledge',
    label: 'Knowing yourself',
    description: 'What you enjoy, what you are good at, and what you bring.',
  },
  {
    id: 'smart',
    label: 'Making a goal SMART',
    description:
      'One question for each letter: specific, measurable, achievable, realistic, timed.',
  },
  {
    id: 'aspiration',
    label: 'Weighing an aspiration',
    description: 'Does where you are heading still fit who you are?',
  },
  {
    id: 'self-check',
    label: 'Checking in',
    description: 'A regular look back at how your plan is going.',
  },
  {
    id: 'career-change',
    label: 'Changing direction',
    description: 'For when the old aspiration no longer fits.',
  },
];

export const PROMPTS: readonly Prompt[] = [
  // Knowing yourself
  {
    id: 'self-enjoy',
    category: 'self-knowledge',
    text: 'Which parts of your work make time disappear? What do those moments have in common?',
  },
  {
    id: 'self-talents',
    category: 'self-knowledge',
    text: 'What do people come to you for? Name a strength someone else noticed in you before you did.',
  },
  {
    id: 'self-bring',
    category: 'self-knowledge',
    text: 'What could you offer a team that would be hard to find in anyone else?',
  },
  {
    id: 'self-priorities',
    category: 'self-knowledge',
    text: 'What matters most in your life at the moment, at work and outside it? How much room does that leave for your plans?',
  },
  // Making a goal SMART
  {
    id: 'smart-specific',
    category: 'smart',
    letter: 'S',
    text: 'Specific: say in one sentence exactly what you want to reach. Why does it matter to you, given what you enjoy and do well?',
  },
  {
    id: 'smart-measurable',
    category: 'smart',
    letter: 'M',
    text: 'Measurable: how will you know you have got there? Pick one thing you can count, and the number you are aiming for.',
  },
  {
    id: 'smart-achievable',
    category: 'smart',
    letter: 'A',
    text: 'Achievable: what is most likely to get in the way? For each obstacle, what will you do when it turns up?',
  },
  {
    id: 'smart-realistic',
    category: 'smart',
    letter: 'R',
    text: 'Realistic: with everything else you care about, is this timeline honest? What will you set aside to make room for it?',
  },
  {
    id: 'smart-time-bound',
    category: 'smart',
    letter: 'T',
    text: 'Time-bound: by which date will this be done, and what is the first step you can take this week?',
  },
  // Weighing an aspiration
  {
    id: 'aspiration-security',
    category: 'aspiration',
    text: 'Would reaching this aspiration make you feel free and secure? Where might it fall short?',
  },
  {
    id: 'aspiration-worth',
    category: 'aspiration',
    text: 'How would getting there change the way you see yourself and what you are worth?',
  },
  {
    id: 'aspiration-honest',
    category: 'aspiration',
    text: 'Are you being honest about why you want this? Whose expectations are mixed into it?',
  },
  {
    id: 'aspiration-excite',
    category: 'aspiration',
    text: 'Does this aspiration excite you, scare you, or both? What exactly causes each feeling?',
  },
  {
    id: 'aspiration-grow',
    category: 'aspiration',
    text: 'Will the road to this aspiration help you grow, even if you never quite arrive?',
  },
  {
    id: 'aspiration-goals-apart',
    category: 'aspiration',
    text: 'Is this truly an end point, or a step on the way to something bigger? What would that bigger thing be?',
  },
  // Checking in
  {
    id: 'check-progress',
    category: 'self-check',
    text: 'Since your last check-in, which goals moved forward, which stalled, and why?',
  },
  {
    id: 'check-learned',
    category: 'self-check',
    text: 'What have you learned about yourself lately that your plan does not reflect yet?',
  },
  {
    id: 'check-direction',
    category: 'self-check',
    text: 'Are your goals still leading towards your aspiration, or has the path drifted? What would bring it back?',
  },
  {
    id: 'check-next',
    category: 'self-check',
    text: 'You finished something. What did it teach you, and what is the next step it opens up?',
  },
  // Changing direction
  {
    id: 'change-no-longer-fits',
    category: 'career-change',
    text: 'What no longer fits about the direction you set? When did you first notice?',
  },
  {
    id: 'change-carry-over',
    category: 'career-change',
    text: 'Which of your skills and experiences would come with you into a new direction?',
  },
  {
    id: 'change-keep',
    category: 'career-change',
    text: 'If you let this aspiration go, what would you keep from the road so far, and what would you gladly leave behind?',
  },
];

const BY_ID = new Map(PROMPTS.map((prompt) => [prompt.id, prompt]));

export function promptById(id: string): Prompt | undefined {
  return BY_ID.get(id);
}

export function promptsIn(category: PromptCategory): Prompt[] {
  return PROMPTS.filter((prompt) => prompt.category === category);
}

const SMART_ORDER: SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

/** What *Start a reflection* knows about the aspiration or goal it starts from. */
export type ReflectionTarget =
  | {
      kind: 'aspiration';
      status?: 'active' | 'achieved' | 'retired';
      /** Whether the aspiration has been weighed against the values checklist yet. */
      valuesChecked?: boolean;
    }
  | {
      kind: 'goal';
      status?: 'planned' | 'in_progress' | 'done' | 'dropped';
      /** SMART letters whose fields are still empty. */
      missingSmart?: readonly SmartLetter[];
      /** Whether the due date has passed while the goal is unfinished. */
      overdue?: boolean;
    };

function candidatesFor(target: ReflectionTarget): Prompt[] {
  if (target.kind === 'aspiration') {
    if (target.status === 'retired') return promptsIn('career-change');
    if (target.status === 'achieved') return [...promptsIn('self-check')].reverse();
    if (!target.valuesChecked) return promptsIn('aspiration');
    return [...promptsIn('self-check'), ...promptsIn('aspiration')];
  }
  if (target.status === 'dropped') return promptsIn('career-change');
  if (target.status === 'done') return [...promptsIn('self-check')].reverse();
  const missing = SMART_ORDER.filter((letter) => target.missingSmart?.includes(letter));
  const smart = promptsIn('smart');
  const forLetters = missing.flatMap((letter) => smart.filter((p) => p.letter === letter));
  if (forLetters.length > 0) return forLetters;
  if (target.overdue) {
    return [...smart.filter((p) => p.letter === 'R'), ...promptsIn('self-check')];
  }
  return [...smart.filter((p) => p.letter === 'A'), ...promptsIn('self-check')];
}

/**
 * A fitting prompt for reflecting on an aspiration or a goal: an empty SMART field is asked about
 * first, a retired aspiration or dropped goal gets a change-of-direction prompt, a new aspiration
 * is weighed against your values, and otherwise it is time to check in. `avoid` lists prompt ids
 * used recently, so repeated reflections do not ask the same question while others fit.
 */
export function choosePromptFor(
  target: ReflectionTarget,
  options: { avoid?: readonly string[] } = {},
): Prompt {
  const candidates = candidatesFor(target);
  const fresh = candidates.find((prompt) => !options.avoid?.includes(prompt.id));
  return fresh ?? (candidates[0] as Prompt);
}

/** The prompt as a block in an entry: the node the editor's `prompt` extension renders. */
export function promptBlock(prompt: Pick<Prompt, 'id' | 'text'>): RichTextNode {
  return {
    type: 'prompt',
    attrs: { promptId: prompt.id },
    content: [{ type: 'text', text: prompt.text }],
  };
}

/** A new entry's body: the prompt, then an empty paragraph to answer in. */
export function docWithPrompt(prompt: Pick<Prompt, 'id' | 'text'>): RichTextNode {
  return { type: 'doc', content: [promptBlock(prompt), { type: 'paragraph' }] };
}
