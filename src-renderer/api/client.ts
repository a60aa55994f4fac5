import type {
  ApiErrorShape,
  ChannelName,
  Input,
  Output,
  Result,
  WaymarkBridge,
} from '../../src-main/contract';

/** A failure from the main process, carrying the message a person can read and the fields at fault. */
export class ApiError extends Error {
  readonly code: ApiErrorShape['code'];
  readonly fields: ApiErrorShape['fields'];
  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.fields = shape.fields;
  }
}

declare global {
  interface Window {
    waymark?: WaymarkBridge;
    waymarkCommands?: { subscribe(listener: (command: string) => void): () => void };
    /** Desktop only: the main process asks before it closes the window (true: all is saved). */
    waymarkWindow?: { onCloseRequest(saveAll: () => Promise<boolean>): void };
  }
}

const TOKEN_KEY = 'waymark.token';

/** The browser edition's session token arrives in the address (`#token=…`) and is kept per tab. */
export function takeTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    // `#token=…&open=journal` opens that screen instead of Today (benchmarks, links from scripts).
    const open = /&open=([a-z]+)/.exec(window.location.hash)?.[1] ?? 'today';
    history.replaceState(null, '', `${window.location.pathname}#/${open}`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The browser edition's session token ('' in the desktop app). */
export function sessionToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function isDesktop(): boolean {
  return typeof window.waymark !== 'undefined';
}

/** What every call answers once the server has refused this tab's token (or it has none). */
export const SESSION_NEEDED =
  'To use Waymark in this tab, open the address that `npm run web` printed in its terminal.';

/**
 * `refused`: the server refused this tab before answering it once (no token, or a wrong one);
 * `lost`: it answered, then refused (restarted with a new token). Either way no token this tab
 * holds will be accepted again, so the client stops asking: a tab left open sends nothing more.
 */
export type SessionState = 'open' | 'refused' | 'lost';

let session: SessionState = 'open';
let answered = false;
const sessionListeners = new Set<() => void>();

export function sessionState(): SessionState {
  return session;
}

export function subscribeSession(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

function refuseSession(): Result<never> {
  if (session === 'open') {
    session = answered ? 'lost' : 'refused';
    sessionListeners.forEach((listener) => listener());
  }
  return { ok: false, error: { code: 'unauthorized', message: SESSION_NEEDED, fields: [] } };
}

/** A request's body: JSON, or raw bytes with the other fields in the query (BINARY_CHANNELS). */
type HttpBody = { json: unknown } | { bytes: Blob; fields: Record<string, string> };

async function overHttp(
  channel: string,
  body: HttpBody,
  keepalive = false,
): Promise<Result<unknown>> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token || session !== 'open') return refuseSession();
  const binary = 'bytes' in body;
  const query = binary ? `?${new URLSearchParams(body.fields).toString()}` : '';
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(channel)}${query}`, {
      method: 'POST',
      headers: {
        'Content-Type': binary ? 'application/octet-stream' : 'application/json',
        Authorization: `Bearer ${token}`,
      },
      body: binary ? body.bytes : JSON.stringify(body.json ?? {}),
      keepalive,
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'storage_unavailable',
        message: 'Waymark’s server is not answering. Is `npm run web` still running?',
        fields: [],
      },
    };
  }
  if (response.status === 401) return refuseSession();
  if (response.ok) answered = true;
  if (response.headers.get('content-type')?.includes('application/json')) {
    return (await response.json()) as Result<unknown>;
  }
  const message = (await response.text()) || `The server answered ${response.status}.`;
  return { ok: false, error: { code: 'internal', message, fields: [] } };
}

/** The query cache's rule: one more try for a read that failed, none once the token is refused. */
export function retryOnce(failures: number, error: unknown): boolean {
  return failures < 1 && !(error instanceof ApiError && error.code === 'unauthorized');
}

/** Calls a channel over IPC (desktop) or HTTP (browser edition); throws ApiError on failure. */
export async function call<C extends ChannelName>(
  channel: C,
  input: Input<C>,
  options: { keepalive?: boolean } = {},
): Promise<Output<C>> {
  const bridge = window.waymark;
  const result = bridge
    ? await (bridge[channel] as (input: Input<C>) => Promise<Result<Output<C>>>)(input)
    : ((await overHttp(channel, { json: input }, options.keepalive)) as Result<Output<C>>);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Channels whose input carries file bytes as `data` beside plain text fields. */
type BytesChannel = 'attachments:part';

/**
 * Calls a channel with a file's bytes as its `data`, never encoding them on this page: the browser
 * edition sends the Blob itself as the request's body; the desktop bridge copies its bytes.
 */
export async function callWithBytes<C extends BytesChannel>(
  channel: C,
  fields: Omit<Input<C>, 'data'> & Record<string, string>,
  bytes: Blob,
): Promise<Output<C>> {
  if (window.waymark) {
    const data = new Uint8Array(await bytes.arrayBuffer());
    return call(channel, { ...fields, data } as Input<C>);
  }
  const result = (await overHttp(channel, { bytes, fields })) as Result<Output<C>>;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
