/**
 * Milliseconds of a Web API date-time text. The Web API writes every date-time as
 * yyyy-MM-ddTHH:mm:ss[.fff]Z, and a flat read of 100,000 deliveries carries 400,000 of them;
 * reading that one shape by hand takes a fraction of Date.parse's time. Any other text goes
 * to Date.parse (NaN when it is no date), so the answer is Date.parse's in every case.
 */
const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digit at `index`, or a value above 9 when it is none (a negative difference wraps). */
const digitAt = (text: string, index: number): number => (text.charCodeAt(index) - 48) >>> 0;

const pair = (text: string, index: number): number => {
  const tens = digitAt(text, index);
  const ones = digitAt(text, index + 1);
  return tens > 9 || ones > 9 ? -1 : tens * 10 + ones;
};

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, by the civil calendar's arithmetic
 * (years counted from March, so the leap day ends a year): the same day number Date.UTC
 * gives, without a call into the engine's date code for each of 400,000 values.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const fromMarch = month > 2 ? year : year - 1;
  const era = Math.floor(fromMarch / 400);
  const yearOfEra = fromMarch - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fastTime(text: string): number | undefined {
  const length = text.length;
  // 2026-03-01T09:00:00Z is 20 characters; a fraction of 1 to 7 digits adds 2 to 8.
  if (length !== 20 && (length < 22 || length > 28)) return undefined;
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(length - 1) !== 90
  ) {
    return undefined;
  }
  const century = pair(text, 0);
  const yearOfCentury = pair(text, 2);
  const month = pair(text, 5);
  const day = pair(text, 8);
  const hour = pair(text, 11);
  const minute = pair(text, 14);
  const second = pair(text, 17);
  if (century < 0 || yearOfCentury < 0 || day < 1 || minute < 0 || second < 0) return undefined;
  const year = century * 100 + yearOfCentury;
  let millisecond = 0;
  if (length > 20) {
    if (text.charCodeAt(19) !== 46) return undefined;
    // Milliseconds are the first three digits (fewer are scaled up); finer digits are dropped, as Date.parse does.
    for (let index = 20, scale = 100; index < length - 1; index += 1, scale /= 10) {
      const digit = digitAt(text, index);
      if (digit > 9) return undefined;
      if (scale >= 1) millisecond += digit * scale;
    }
  }
  // The Web API writes no year below 100; leave such rare texts to Date.parse.
  if (year < 100 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : daysInMonth[month - 1])) return undefined;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millisecond;
}

export function isoTime(text: string): number {
  return fastTime(text) ?? Date.parse(text);
}
