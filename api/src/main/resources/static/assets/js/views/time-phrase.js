// A date and time from the picker, written as words ROMNA's time grammar reads in the request's own
// language ("on 2026-12-03 at 06:30", "في 2026-12-03 الساعة 06:30"). ISO digits on purpose: they
// read the same in every locale, and the new reading is shown before anything is created.

const ARABIC = /[\u0600-\u06FF]/;

export function timePhrase(local, transcript) {
  const [date, time] = local.split('T');
  return ARABIC.test(transcript) ? `في ${date} الساعة ${time}` : `on ${date} at ${time}`;
}
