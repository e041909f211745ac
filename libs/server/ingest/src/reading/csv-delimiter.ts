/** The field delimiters a CSV file may use. */
export type CsvDelimiter = ',' | ';' | '\t';
