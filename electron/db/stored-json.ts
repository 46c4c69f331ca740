// JSON columns read back. JSON.parse's message quotes the text it failed on (a diagnosis, a
// caller's details, an intake answer): a cell that no longer parses, as in a damaged file, is
// named by its table, row and column only, so its content never reaches the log.
export function storedJson<T>(text: string, where: { table: string; id: number | string; column: string }): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${where.table} ${where.id}: stored ${where.column} does not parse`);
  }
}
