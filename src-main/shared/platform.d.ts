/**
 * The few web-platform globals the pure layer may use: Node and every browser have them, but
 * TypeScript declares them only with the DOM or Node types, which the shared project leaves out
 * so that nothing else from either can creep in. Only `tsconfig.shared.json` reads this file.
 */

declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  append(name: string, value: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  toString(): string;
}

declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly searchParams: URLSearchParams;
}
