/** The file was written by a newer version of the app; it is left untouched. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `Database ${file} has schema version ${fileVersion}, newer than this app knows (${knownVersion}). ` +
        'Install the newer app version; the file was not changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** A migration failed; its transaction was rolled back and the file stays at `fromVersion`. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    readonly fromVersion: number,
    override readonly cause: unknown,
  ) {
    super(
      `Migration ${migration} failed (database left at version ${fromVersion}): ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
    );
    this.name = 'MigrationError';
  }
}

/** The quick integrity check at start found damage. Nothing was written to the file; the
 *  first lines SQLite reported are kept for the log (never for the screen). */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly report: readonly string[],
  ) {
    super(`Database ${file} failed its integrity check: ${report.slice(0, 5).join('; ')}`);
    this.name = 'DatabaseDamagedError';
  }
}
