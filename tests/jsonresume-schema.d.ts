/** The JSON Resume schema package's validator (plain JavaScript, no types of its own). */
declare module '@jsonresume/schema' {
  export function validate(
    resume: unknown,
    callback: (errors: unknown[] | null, valid: boolean) => void,
  ): void;
  export const schema: Record<string, unknown>;
}
