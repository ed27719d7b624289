import { parseArgs } from 'node:util';
import { EXERCISES, MAIN_EXERCISE } from '../tests/grader/exercises/index';
import type { Exercise } from '../tests/grader/exercises/exercise';
import { fit, fitWidth } from '../tests/grader/terminalText';

/*
 * Every command's one face: the same parser (node's util.parseArgs), the same `--help` (usage on
 * stdout, exit 0), the same answer to a wrong argument (one sentence and the usage on stderr,
 * exit 2), and the same way to stop on an error (one sentence, exit 1).
 */

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface CommandSpec<O extends OptionSpec> {
  /** As the learner types it after `npm run`, e.g. "hint". */
  name: string;
  /** The usage text, first line `usage: npm run …`. */
  usage: string;
  options: O;
  /** Positional arguments allowed, at most. */
  positionals: number;
}

type Values<O extends OptionSpec> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

/** Said in the command's name: `npm run hint: …`. */
export function say(name: string, message: string): string {
  return `npm run ${name}: ${message}`;
}

/** Stops the command with one sentence; 1 for a failure, 2 for a wrong argument. */
export function stop(name: string, message: string, code = 1): never {
  console.error(fit(say(name, message), fitWidth(process.stderr)));
  process.exit(code);
}

/** Stops with a wrong-argument sentence and the usage, exit 2. */
export function usageError(spec: { name: string; usage: string }, message: string): never {
  console.error(fit(`${say(spec.name, message)}\n${spec.usage}`, fitWidth(process.stderr)));
  process.exit(2);
}

/** A negative number is an argument, not an option ("-3.5" as a target). */
const NEGATIVE = /^-(\d|\.\d|Infinity)/;
const NEGATIVE_MARK = '\u0000negative:';
const unmark = (text: string) =>
  text.startsWith(NEGATIVE_MARK) ? text.slice(NEGATIVE_MARK.length) : text;

export function parseCommand<O extends OptionSpec>(
  spec: CommandSpec<O>,
  args = process.argv.slice(2),
): { values: Values<O>; positionals: string[] } {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: args.map((arg) => (NEGATIVE.test(arg) ? NEGATIVE_MARK + arg : arg)),
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    usageError(spec, argumentSentence(error as Error & { code?: string }));
  }
  if (parsed.values.help) {
    // Fitted to a terminal's width, wrapped at words under each line's own indent; a pipe gets it
    // as written.
    console.log(fit(spec.usage, fitWidth()));
    process.exit(0);
  }
  const positionals = parsed.positionals.map(unmark);
  if (positionals.length > spec.positionals) {
    usageError(
      spec,
      spec.positionals === 0
        ? `it takes no arguments (got ${positionals.join(' ')})`
        : `unexpected ${positionals.slice(spec.positionals).join(' ')}`,
    );
  }
  const values = Object.fromEntries(
    Object.entries(parsed.values)
      .filter(([key]) => key !== 'help')
      .map(([key, value]) => [key, typeof value === 'string' ? unmark(value) : value]),
  ) as Values<O>;
  return { values, positionals };
}

/** parseArgs' messages, said shortly. */
function argumentSentence(error: Error & { code?: string }): string {
  const option = /'(-[^' <]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take/.test(error.message)
        ? `${option} takes no value`
        : `${option} needs a value`;
    default:
      return error.message;
  }
}

/**
 * The exercise a command is for: its id as the first argument (`npm run hint -- closestFirst 3`,
 * in any case, as a reference's name is), else the main kata; `rest` is what follows it.
 */
export function exerciseArgument(positionals: string[]): { exercise: Exercise; rest: string[] } {
  const first = positionals[0]?.toLowerCase();
  const named = EXERCISES.find((exercise) => exercise.id.toLowerCase() === first);
  return named
    ? { exercise: named, rest: positionals.slice(1) }
    : { exercise: MAIN_EXERCISE, rest: positionals };
}
