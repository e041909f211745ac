const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote inside a quoted field: the next character says whether it closes the field or is doubled. */
const QUOTE_IN_QUOTED = 3;

/**
 * Splits decoded CSV text, pushed in chunks, into records exactly as csv-parse does with readCsv's options
 * (record delimiters \r\n, \n and \r; an empty line is a record of one empty field; no record after a final
 * line end), but only for the plain shape that nearly every file has: a field is either unquoted and free of
 * quotes, or quoted from its first character to a closing quote that is followed by the delimiter, a line end
 * or the end of the text ("" inside stands for a quote). csv-parse handles everything else with relaxed rules
 * of its own or an error, so push() and end() return false there and the caller reads the file with csv-parse.
 * Several times faster than csv-parse, which turns the text back into bytes and every field into a string again.
 */
export class PlainCsvSplitter {
  private readonly delimiter: number;
  private readonly delimiterText: string;
  private state = FIELD_START;
  private fields: string[] = [];
  private field = '';
  /** Whether the current record has begun (a field or a delimiter); at the end of the text it is then emitted. */
  private started = false;
  /** The previous chunk ended with \r, which ends a record: a \n at the start of the next one belongs to it. */
  private afterCr = false;

  constructor(
    delimiter: string,
    private readonly onRecord: (cells: string[]) => void,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiterText = delimiter;
  }

  /** @returns false when the text is not plain CSV (nothing more should be pushed). */
  push(chunk: string): boolean {
    const n = chunk.length;
    const delimiter = this.delimiter;
    let i = 0;
    if (this.afterCr && n > 0) {
      this.afterCr = false;
      if (chunk.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      if (this.atRecordStart()) {
        const next = this.pushWholeLine(chunk, i);
        if (next !== -1) {
          i = next;
          continue;
        }
      }
      if (this.state === QUOTED) {
        const quote = chunk.indexOf('"', i);
        if (quote === -1) {
          this.field += chunk.slice(i);
          return true;
        }
        this.field += chunk.slice(i, quote);
        this.state = QUOTE_IN_QUOTED;
        i = quote + 1;
        continue;
      }
      if (this.state === QUOTE_IN_QUOTED) {
        const c = chunk.charCodeAt(i);
        if (c === QUOTE) {
          this.field += '"';
          this.state = QUOTED;
          i++;
          continue;
        }
        if (c !== delimiter && c !== LF && c !== CR) return false;
      } else if (this.state === FIELD_START && chunk.charCodeAt(i) === QUOTE) {
        this.state = QUOTED;
        this.started = true;
        i++;
        continue;
      }
      let end = i;
      if (this.state !== QUOTE_IN_QUOTED) {
        for (; end < n; end++) {
          const c = chunk.charCodeAt(end);
          if (c === delimiter || c === LF || c === CR) break;
          if (c === QUOTE) return false;
        }
        if (end > i) {
          this.field = this.field === '' ? chunk.slice(i, end) : this.field + chunk.slice(i, end);
          this.started = true;
        }
        if (end === n) {
          this.state = UNQUOTED;
          return true;
        }
      }
      const c = chunk.charCodeAt(end);
      this.fields.push(this.field);
      this.field = '';
      this.state = FIELD_START;
      if (c === delimiter) {
        this.started = true;
      } else {
        this.emit();
        if (c === CR) {
          if (end + 1 === n) this.afterCr = true;
          else if (chunk.charCodeAt(end + 1) === LF) end++;
        }
      }
      i = end + 1;
    }
    return true;
  }

  /** @returns false when the text ends inside a quoted field. */
  end(): boolean {
    if (this.state === QUOTED) return false;
    if (this.started) {
      this.fields.push(this.field);
      this.emit();
    }
    return true;
  }

  private atRecordStart(): boolean {
    return this.state === FIELD_START && !this.started && this.fields.length === 0;
  }

  /**
   * The common case in one go: a whole line of the chunk without quotes or a lone \r is split with String#split
   * (a builtin, fast before the JIT has warmed up too). @returns where the next line starts, or -1 when the line
   * needs the character loop (a quote, a \r inside, or no line end in this chunk).
   */
  private pushWholeLine(chunk: string, start: number): number {
    const lf = chunk.indexOf('\n', start);
    if (lf === -1) return -1;
    const end = lf > start && chunk.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
    const line = chunk.slice(start, end);
    if (line.includes('"') || line.includes('\r')) return -1;
    this.onRecord(line.split(this.delimiterText));
    return lf + 1;
  }

  private emit(): void {
    const record = this.fields;
    this.fields = [];
    this.started = false;
    this.onRecord(record);
  }
}
