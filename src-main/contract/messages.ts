import { z } from 'zod';

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  object: 'a group of fields',
  array: 'a list',
  date: 'a date',
};

/**
 * Zod's default messages are for programmers. These say the same in words a person reads in a form.
 * Schemas that give their own message keep it.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return 'This is required.';
        return `This should be ${KINDS[issue.expected] ?? issue.expected}.`;
      case 'unrecognized_keys':
        return `Waymark does not know ${issue.keys.length === 1 ? 'the field' : 'the fields'} ${issue.keys.join(', ')}.`;
      case 'too_small':
        if (issue.origin === 'string')
          return issue.minimum === 1
            ? 'This cannot be empty.'
            : `Use at least ${issue.minimum} characters.`;
        if (issue.origin === 'array') return `Choose at least ${issue.minimum}.`;
        return `This must be at least ${issue.minimum}.`;
      case 'too_big':
        if (issue.origin === 'string')
          return `This is too long (at most ${issue.maximum} characters).`;
        if (issue.origin === 'array') return `This list is too long (at most ${issue.maximum}).`;
        return `This must be at most ${issue.maximum}.`;
      case 'invalid_value':
        return `Choose one of: ${issue.values.map(String).join(', ')}.`;
      case 'invalid_format':
        return 'This is not in the expected format.';
      default:
        return undefined;
    }
  },
});
