/**
 * Advisory lock (transaction scope) that serialises the write phase of concurrent imports: comparing with what is
 * stored and then writing needs a table nobody else is writing to.
 */
export const IMPORT_WRITE_LOCK = 7_849_0001;
