/** Time zones trainers teach in (the academy's countries first). */
export const TIME_ZONES = [
  "Europe/Paris",
  "Europe/Rome",
  "Europe/Madrid",
  "Europe/Brussels",
  "Europe/Lisbon",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Berlin",
  "Europe/Athens",
  "Atlantic/Canary",
  "UTC",
] as const;

/** The offset of a time zone from UTC at a given instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - instant;
}

/** The instant of a wall-clock date and time ("2026-12-01", "09:30") in a time zone. */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const [hh = 0, mm = 0] = time.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** How an instant reads in a time zone and language, e.g. "1 déc. 2026, 09:30 (Europe/Paris)". */
export function formatInZone(instant: Date, timeZone: string, lang: string) {
  const text = new Intl.DateTimeFormat(lang, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
  }).format(instant);
  return `${text} (${timeZone})`;
}
