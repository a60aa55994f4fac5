import { describe, expect, it } from 'vitest';
import { createAppRouter } from '../../src-main/core/all-handlers';
import { ABOUT_ME_KEY } from '../../src-main/export/keys';
import { defaultExportPrefs, readExportPrefs } from '../../src-main/export/prefs';
import { settingsRepository } from '../../src-main/db/settings';
import { tempJournal, totalChanges } from './helpers';

const ABOUT = {
  name: 'Sam Rivera',
  email: 'sam@example.com',
  phone: '+44 (0)20 7946-0000',
  location: 'Leeds',
  links: ['https://sam.example.com'],
};

describe('About me', () => {
  it('starts empty, is kept in the journal and comes back', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    expect(await router.call('export:aboutMe', {})).toEqual({
      ok: true,
      value: { name: '', email: '', phone: '', location: '', links: [] },
    });
    expect(await router.call('export:saveAboutMe', ABOUT)).toEqual({ ok: true, value: ABOUT });
    expect(await router.call('export:aboutMe', {})).toEqual({ ok: true, value: ABOUT });
    expect(settingsRepository(ctx.db).read(ABOUT_ME_KEY)).toMatchObject({ email: ABOUT.email });
  });

  it('shares one name with the Export screen, whichever side changes it', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    await router.call('export:savePrefs', { ...defaultExportPrefs(), name: 'Alex Kim' });
    expect(await router.call('export:aboutMe', {})).toMatchObject({ value: { name: 'Alex Kim' } });
    await router.call('export:saveAboutMe', { ...ABOUT, name: 'Alex J. Kim' });
    expect(readExportPrefs(ctx.db).name).toBe('Alex J. Kim');
  });

  it('drops empty links and refuses a bad address, phone or link in words, writing nothing', async () => {
    const ctx = tempJournal();
    const router = createAppRouter(ctx);
    expect(
      await router.call('export:saveAboutMe', { ...ABOUT, links: ['', 'https://a.example.org'] }),
    ).toMatchObject({ ok: true, value: { links: ['https://a.example.org'] } });
    const before = totalChanges(ctx);
    const cases = [
      [{ email: 'sam at example' }, 'email', 'name@example.com'],
      [{ phone: 'call me maybe' }, 'phone', 'digits'],
      [{ links: ['javascript:alert(1)'] }, 'links.0', 'https://'],
      [
        { links: ['a', 'b', 'c', 'd'].map((x) => `https://${x}.example.org`) },
        'links',
        'at most 3',
      ],
    ] as const;
    for (const [patch, path, words] of cases) {
      const result = await router.call('export:saveAboutMe', { ...ABOUT, ...patch });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok) {
        const field = result.error.fields.find((f) => f.path === path);
        expect(field?.message).toContain(words);
      }
    }
    expect(totalChanges(ctx)).toBe(before);
  });

  it('a damaged value falls back field by field', async () => {
    const ctx = tempJournal();
    settingsRepository(ctx.db).write(ABOUT_ME_KEY, {
      email: 42,
      phone: '0113 496 0000',
      links: 'x',
    });
    const router = createAppRouter(ctx);
    expect(await router.call('export:aboutMe', {})).toEqual({
      ok: true,
      value: { name: '', email: '', phone: '0113 496 0000', location: '', links: [] },
    });
  });
});
