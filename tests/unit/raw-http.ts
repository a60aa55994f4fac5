import { connect } from 'node:net';

/**
 * Sends bytes as they are (no client library to tidy the request line) and resolves with all the
 * server wrote until it closed the connection, or after `waitMs` with what it wrote so far.
 */
export function rawRequest(port: number, bytes: string | Buffer, waitMs = 5000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let answer = '';
    const timer = setTimeout(() => (socket.destroy(), resolve(answer)), waitMs);
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => (clearTimeout(timer), resolve(answer)));
    socket.write(bytes);
  });
}

export function statusOf(answer: string): number {
  return Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0);
}

export function bodyOf(answer: string): string {
  const split = answer.indexOf('\r\n\r\n');
  let rest = answer.slice(split + 4);
  if (!/^transfer-encoding: chunked/im.test(answer.slice(0, split))) return rest;
  let body = '';
  for (;;) {
    const size = parseInt(rest, 16);
    if (!(size > 0)) return Buffer.from(body, 'latin1').toString('utf8');
    const start = rest.indexOf('\r\n') + 2;
    body += rest.slice(start, start + size);
    rest = rest.slice(start + size + 2);
  }
}
