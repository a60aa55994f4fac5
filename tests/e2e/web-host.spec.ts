import type { Page } from '@playwright/test';
import { bodyOf, rawRequest, statusOf } from '../unit/raw-http';
import { expect, test } from './fixtures';
import { JournalPage } from './pages/journal-page';

const OPEN_THE_ADDRESS =
  'To use Waymark in this tab, open the address that npm run web printed in its terminal.';

/** Every call the page makes to the server's API, in order. */
function countApiCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) calls.push(url.pathname);
  });
  return calls;
}

/** Waits until two seconds have passed, then asserts how many calls came in meanwhile. */
async function expectQuietFor2s(calls: string[]): Promise<void> {
  const before = calls.length;
  const since = Date.now();
  await expect
    .poll(() => (Date.now() - since < 2000 ? 'still watching' : calls.slice(before)), {
      timeout: 5000,
      intervals: [100],
    })
    .toEqual([]);
}

test('a tab without the session token says which address to open, and asks nothing', async ({
  page,
  waymark,
}) => {
  const calls = countApiCalls(page);
  await page.goto(`${waymark.origin}/`);
  await expect(page.getByRole('alert')).toHaveText(OPEN_THE_ADDRESS);
  await expect(page.getByRole('main')).toHaveAccessibleName(OPEN_THE_ADDRESS);
  await page.screenshot({ path: 'test-results/screens/session-needed-light.png' });
  await expectQuietFor2s(calls);
  expect(calls).toEqual([]);
});

test('a tab with a wrong token says the same once refused, and stops asking', async ({
  page,
  waymark,
}) => {
  const calls = countApiCalls(page);
  await page.goto(`${waymark.origin}/#token=not-the-token`);
  await expect(page.getByRole('alert')).toHaveText(OPEN_THE_ADDRESS);
  // The first reads of the app were sent together; none was tried again.
  expect(calls.length).toBeLessThanOrEqual(3);
  await expectQuietFor2s(calls);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
});

test('a tab refused after it was in use keeps its text on screen and says what to do', async ({
  page,
  waymark,
}) => {
  const journal = await JournalPage.startEntry(page, waymark.url);
  await journal.write('Written before the server restarted');
  // As after `npm run web` was restarted on the same port: it no longer knows this tab's token.
  await page.evaluate(() => sessionStorage.setItem('waymark.token', 'from-before-the-restart'));
  const calls = countApiCalls(page);
  await page.keyboard.type(', and after it');
  await expect(page.getByRole('alert').filter({ hasText: OPEN_THE_ADDRESS })).toBeVisible();
  await expect(journal.editor).toHaveText('Written before the server restarted, and after it');
  await page.screenshot({ path: 'test-results/screens/session-lost-light.png' });
  await expectQuietFor2s(calls);
  expect(calls.length).toBeLessThanOrEqual(1);
});

test('a journal status that cannot be read says why, once, and reads it again when asked', async ({
  page,
  waymark,
}) => {
  await page.route('**/api/recovery%3Astatus', (route) => route.abort());
  const calls = countApiCalls(page);
  await page.goto(waymark.url);
  const message = page.getByRole('alert');
  await expect(message).toHaveText(/server is not answering/);
  await page.screenshot({ path: 'test-results/screens/start-failed-light.png' });
  await expectQuietFor2s(calls);

  await page.unroute('**/api/recovery%3Astatus');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('the server keeps serving the app after addresses no page of ours sends', async ({
  page,
  waymark,
}) => {
  const port = Number(new URL(waymark.origin).port);
  const request = (line: string) =>
    rawRequest(port, `${line}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
  for (const line of [
    'GET /%ff HTTP/1.1',
    'GET /assets/%E0%A4%A HTTP/1.1',
    'GET http://[ HTTP/1.1',
  ]) {
    expect(statusOf(await request(line)), line).toBe(400);
  }
  const foreign = await rawRequest(
    port,
    `POST /api/journal:list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
      `Authorization: Bearer ${waymark.token}\r\nOrigin: http://evil.example\r\n` +
      `Content-Length: 2\r\nConnection: close\r\n\r\n{}`,
  );
  expect(statusOf(foreign)).toBe(403);
  expect(JSON.parse(bodyOf(foreign))).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  // The app itself (whose own calls carry its origin) works as before.
  const journal = await JournalPage.startEntry(page, waymark.url);
  await journal.write('Still here');
});
