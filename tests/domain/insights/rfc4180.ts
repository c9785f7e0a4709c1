/**
 * A small RFC 4180 reader for the CSV tests: records end with CRLF (the last one may too),
 * fields in double quotes may hold commas, CR, LF and doubled quotes. It throws on anything
 * the RFC does not allow (a bare quote inside an unquoted field, text after a closing
 * quote, an unterminated quote, a lone CR or LF outside quotes), so a writer bug is caught.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${index}`);
  };
  if (text === "") return records;
  for (;;) {
    let field = "";
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length) fail("unterminated quote");
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
          } else {
            index += 1;
            break;
          }
        } else {
          field += text[index];
          index += 1;
        }
      }
    } else {
      while (index < text.length && text[index] !== "," && text[index] !== "\r" && text[index] !== "\n") {
        if (text[index] === '"') fail("quote in an unquoted field");
        field += text[index];
        index += 1;
      }
    }
    record.push(field);
    if (index >= text.length) {
      records.push(record);
      return records;
    }
    if (text[index] === ",") {
      index += 1;
      continue;
    }
    if (text.startsWith("\r\n", index)) {
      index += 2;
      records.push(record);
      record = [];
      if (index >= text.length) return records;
      continue;
    }
    fail("expected a comma or CRLF");
  }
}
