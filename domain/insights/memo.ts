/**
 * A function of a stored text, remembered per text: a page of 5,000 rows holds a handful of
 * distinct statuses and results, so each is classified once rather than 5,000 times, and a
 * tally that works its figures out after every page parses each disposition text and reads
 * each id once for the whole read rather than once per page.
 */
export function memoized<T>(answer: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as T;
    const value = answer(text);
    answers.set(text, value);
    return value;
  };
}
