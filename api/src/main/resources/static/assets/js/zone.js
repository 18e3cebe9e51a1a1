// The user's time zone: the one saved in their settings when the API has it, else this browser's.
// Plans carry their own zone; calendars group by the user's.

let saved = null;

export function setSavedZone(zone) {
  saved = zone || null;
}

export function browserZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function userZone() {
  return saved || browserZone();
}

export function zoneIsSaved() {
  return Boolean(saved);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function dayKey(instant, zone) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(instant));
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function addDays(key, days) {
  const date = new Date(`${key}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function weekday(key) {
  return new Date(`${key}T12:00:00Z`).getUTCDay();
}

/** The wall-clock time of an instant in a zone, as a datetime-local input value (YYYY-MM-DDTHH:mm). */
export function wallTime(instant, zone) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/**
 * The instant a wall-clock time (YYYY-MM-DDTHH:mm) names in a zone: the inverse of wallTime, found by
 * correcting the zone's offset until the wall time matches (a time a clock change skips lands after it).
 */
export function instantOf(wall, zone) {
  const target = Date.parse(`${wall}:00Z`);
  let guess = target;
  for (let i = 0; i < 3; i++) guess += target - Date.parse(`${wallTime(guess, zone)}:00Z`);
  return new Date(guess);
}

/** The first day of the week (0 = Sunday) where this browser's region puts it. */
export function firstDayOfWeek() {
  try {
    const info = new Intl.Locale(navigator.language || 'en-US');
    const week = typeof info.getWeekInfo === 'function' ? info.getWeekInfo() : info.weekInfo;
    if (week && week.firstDay) return week.firstDay % 7;
  } catch {
    // older browsers: fall through
  }
  return 1;
}
