/**
 * Procedure names follow the topic grammar (lib/pubsub/validate.ts) without wildcards.
 */
import { validateName, type NameRules } from '../pubsub/validate.js';

const PROCEDURE: NameRules = { wildcards: false, code: 'invalid_procedure', kind: 'procedure' };

/** Validate a procedure name; returns its segments, throws `invalid_procedure` naming the bad segment. */
export function validateProcedure(procedure: unknown): string[] {
  return validateName(procedure, PROCEDURE);
}
