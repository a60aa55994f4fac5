import type { Page } from '@playwright/test';
import { callApi } from '../api';

/**
 * Marks the first-run welcome as skipped through the API, for specs about other screens. `url` is
 * the address the server printed (`http://127.0.0.1:port/#token=…`).
 */
export async function skipWelcome(page: Page, url: string): Promise<void> {
  const { origin, hash } = new URL(url);
  const token = /token=([\w-]+)/.exec(hash)?.[1] ?? '';
  await callApi(page.request, { origin, token }, 'welcome:skip', {});
}
