/**
 * Command lines with global flags anywhere (`macula --url X pub t '{}'` = `macula pub t '{}'
 * --url X`, as the `nats` CLI allows) and option values that start with a dash (`--timeout -5`,
 * which node:util parseArgs calls "ambiguous", reaches the validator and gets a clear message).
 */
import { MaculaError } from '../errors/index.js';

export interface FlagSet {
  /** Flags that take a value (`--url X` or `--url=X`), without dashes. */
  withValue: ReadonlySet<string>;
  /** Boolean flags (`--help`, `-h`), with their dashes. */
  booleans: ReadonlySet<string>;
}

/**
 * Split off the command word: global flags (and their values) before it are kept, in order,
 * after it. Returns `command` undefined when there is none. A flag before the command that is
 * not global is a usage error naming it.
 */
export function hoistCommand(argv: readonly string[], globals: FlagSet, tool: string): { command?: string; args: string[] } {
  const before: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!token.startsWith('-') || token === '-') return { command: token, args: [...before, ...argv.slice(i + 1)] };
    if (token === '--') break;
    const name = token.replace(/^--?/, '').split('=')[0]!;
    if (globals.booleans.has(token)) {
      before.push(token);
    } else if (token.startsWith('--') && globals.withValue.has(name)) {
      before.push(token);
      if (!token.includes('=')) {
        if (i + 1 >= argv.length) throw new MaculaError('usage', `${tool}: option --${name} needs a value`);
        before.push(argv[++i]!);
      }
    } else {
      throw new MaculaError('usage', `${tool}: unknown option ${token} before the command (global options: ${[...globals.withValue].map((f) => `--${f}`).concat([...globals.booleans]).join(', ')})`);
    }
  }
  return { command: undefined, args: before };
}

/** `--flag -5` → `--flag=-5` for flags that take a value, so a negative number reaches validation. */
export function joinDashValues(args: readonly string[], withValue: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const token = args[i]!;
    const next = args[i + 1];
    if (token.startsWith('--') && !token.includes('=') && withValue.has(token.slice(2)) && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${token}=${next}`);
      i++;
    } else {
      out.push(token);
    }
  }
  return out;
}

const NEGATIVE_NUMBER = /^-(\d|\.\d)/;

/**
 * Flags first, then `--`, then the positionals in order, so a negative number given as an
 * argument (`macula pub t -5`) is a positional, not an unknown option; a flag's own value that
 * starts with a dash (`--timeout -5`) stays with its flag (see joinDashValues).
 */
export function positionalsAfterFlags(args: readonly string[], withValue: ReadonlySet<string>): string[] {
  const flags: string[] = [];
  const positionals: string[] = [];
  const joined = joinDashValues(args, withValue);
  for (let i = 0; i < joined.length; i++) {
    const token = joined[i]!;
    if (token === '--') {
      positionals.push(...joined.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-' || NEGATIVE_NUMBER.test(token)) {
      positionals.push(token);
    } else {
      flags.push(token);
      if (token.startsWith('--') && !token.includes('=') && withValue.has(token.slice(2)) && i + 1 < joined.length) flags.push(joined[++i]!);
    }
  }
  return [...flags, '--', ...positionals];
}
