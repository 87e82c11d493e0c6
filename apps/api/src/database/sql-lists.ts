/**
 * A list of libs/domain's codes as SQL text (`'new', 'in_progress', 'waiting'`), so that a
 * statement's `IN (…)` is written from the one list of codes rather than retyped. Codes are
 * lower_snake_case words; a quote in one would be doubled.
 */
export function sqlCodes(codes: readonly string[]): string {
  return codes.map((code) => `'${code.replaceAll("'", "''")}'`).join(', ');
}
