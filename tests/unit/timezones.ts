/** Zones chosen for their edge cases: far east and west of UTC, half-hour DST, southern summer time. */
export const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Europe/London',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
];

/** Runs `fn` with the process in time zone `tz` (Node re-reads TZ when it changes). */
export function inTimeZone<T>(tz: string, fn: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}
