/** Reads `--name value` and `--name=value` options and bare `--flag`s, refusing unknown names. */
export class Args {
  private readonly values = new Map<string, string>();
  private readonly flags = new Set<string>();

  constructor(argv: readonly string[], known: { options: string[]; flags: string[] }) {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] as string;
      if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}".`);
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (known.flags.includes(name)) {
        this.flags.add(name);
      } else if (known.options.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith('--')) {
          throw new Error(`--${name} needs a value.`);
        }
        this.values.set(name, value);
      } else {
        const all = [...known.options, ...known.flags].map((known) => `--${known}`).join(', ');
        throw new Error(`Unknown option --${name}. Known options: ${all}.`);
      }
    }
  }

  flag(name: string): boolean {
    return this.flags.has(name);
  }

  string(name: string): string | undefined {
    return this.values.get(name);
  }

  /** A whole number from `min` up, or the fallback when the option is absent. */
  count(name: string, fallback: number, min = 0): number {
    const raw = this.values.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) {
      throw new Error(`--${name} must be a whole number of at least ${min}, not "${raw}".`);
    }
    return value;
  }
}
