/**
 * Checks the reference server is known to fail (id → why). The suite encodes the
 * contract (SPEC §5–§6), not today's server; tests tolerate what is listed here and
 * say so when one starts passing. Issue 11 fixed every defect that was listed:
 * the reference server must pass every check.
 */
export const KNOWN_SERVER_DEFECTS: Readonly<Record<string, string>> = {};
