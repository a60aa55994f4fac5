import { z } from 'zod';
import { channel } from './define';

/** How many links "About me" keeps (a portfolio, a profile): more belong in the document itself. */
export const MAX_ABOUT_LINKS = 3;

const line = (max: number, what: string) =>
  z.string().trim().max(max, `Keep the ${what} under ${max} characters.`);

/** Only web addresses: a link in a résumé must open in the reader's browser. */
const link = z
  .string()
  .trim()
  .max(300, 'Keep each link under 300 characters.')
  .refine((value) => {
    if (value === '') return true;
    try {
      const url = new URL(value);
      // A host with a dot: "https://portfolio" is a typo, not a link a reader can open.
      const host = url.href.slice(url.protocol.length + 2).split(/[/?#]/u)[0] ?? '';
      return (url.protocol === 'https:' || url.protocol === 'http:') && host.includes('.');
    } catch {
      return false;
    }
  }, 'Write a link as a full web address, starting with https://.');

/**
 * What the person says about themselves for the documents' headers and JSON Resume's `basics`:
 * every field optional, kept in the journal, never sent anywhere.
 */
export const aboutMe = z.strictObject({
  name: line(120, 'name'),
  email: line(200, 'e-mail address').refine(
    (value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(value),
    'Write the e-mail address as name@example.com.',
  ),
  phone: line(40, 'phone number').refine(
    (value) => /^[\d\s+().\-/]*$/u.test(value),
    'Use digits, spaces and + ( ) - only in the phone number.',
  ),
  location: line(120, 'location'),
  links: z
    .array(link)
    .max(MAX_ABOUT_LINKS, `Keep at most ${MAX_ABOUT_LINKS} links.`)
    .transform((links) => links.filter((value) => value !== '')),
});
export type AboutMe = z.output<typeof aboutMe>;

export const EMPTY_ABOUT_ME: AboutMe = { name: '', email: '', phone: '', location: '', links: [] };

export const aboutMeContract = {
  /** The person's "About me"; its name is the name Export prints. */
  'export:aboutMe': channel(z.strictObject({}), { reads: ['export'] }).returns<AboutMe>(),
  /** Replaces "About me" (and the name Export prints) with these. */
  'export:saveAboutMe': channel(aboutMe, { changes: ['export'] }).returns<AboutMe>(),
};
