/**
 * A test on a stored text, remembered per text: a page of 5,000 rows holds a handful of
 * distinct statuses and results, so each is classified once rather than 5,000 times.
 */
export function memoized(test: (text: string) => boolean): (text: string) => boolean {
  const answers = new Map<string, boolean>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = test(text);
      answers.set(text, answer);
    }
    return answer;
  };
}
