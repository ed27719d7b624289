const path = require('node:path');
const { parseArgs } = require('node:util');

/*
 * npm test [-- <file>] [--watch]: grades kata/closestKValues.ts (or <file>) with Jest underneath,
 * which the learner never needs to know: its own help, options and "No tests found" stay out of
 * sight. Plain JavaScript, unlike the other commands (tools/cli.ts): a TypeScript loader would
 * cost every graded run its start before Jest begins. Same face: --help prints the usage, a wrong
 * option prints it and exits 2.
 */

// npm run watch is this command with --watch.
const NAME = process.env.npm_lifecycle_event === 'watch' ? 'npm run watch' : 'npm test';
const USAGE = [
  `usage: ${NAME} [-- <file>]${NAME === 'npm test' ? ' [--watch]' : ''}`,
  `  grades kata/closestKValues.ts, or <file> (any file with a closestKValues function)${NAME === 'npm test' ? '' : ', again on every save'}`,
  ...(NAME === 'npm test'
    ? ['  --watch: grades again on every save (npm run watch does the same)']
    : []),
].join('\n');

let parsed;
try {
  parsed = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h' },
      watch: { type: 'boolean' },
      // Jest's name for it, which learners type from habit.
      watchAll: { type: 'boolean' },
      // What CI systems pass to every `npm test`.
      ci: { type: 'boolean' },
    },
    allowPositionals: true,
  });
} catch (error) {
  const option = /'(-[^' <]+)/.exec(error.message)?.[1] ?? '';
  const said =
    error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `unknown option ${option}` : error.message;
  console.error(`${NAME}: ${said}\n${USAGE}`);
  process.exit(2);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (parsed.positionals.length > 1) {
  console.error(`${NAME}: one file at a time (got ${parsed.positionals.join(' ')})\n${USAGE}`);
  process.exit(2);
}
const [file] = parsed.positionals;
const root = path.join(__dirname, '..');
// As typed, from where npm was started (npm runs scripts from the project root): as paths.ts reads it.
const typed = file ?? process.env.KATA_SOLUTION?.trim();
if (typed) process.env.KATA_SOLUTION = path.resolve(process.env.INIT_CWD ?? root, typed);
if (parsed.values.watch || parsed.values.watchAll) {
  const solution = process.env.KATA_SOLUTION ?? path.join(root, 'kata', 'closestKValues.ts');
  require('./watch.cjs').gradeOnSaves(solution, { ci: parsed.values.ci });
} else {
  // The configuration as JSON: Jest need not load jest.config.ts, its TypeScript (0.1 to 0.2 s).
  const { config } = require('../tests/graded/jestConfig.cjs');
  process.argv = [
    process.argv[0],
    require.resolve('jest/bin/jest'),
    '--config',
    JSON.stringify(config),
    ...(parsed.values.ci ? ['--ci'] : []),
  ];
  // Grading starts first, on the other core, while Jest loads. Jest loads on the next turn, once
  // the grading process is spawned (with the bundles built, that takes no I/O wait).
  require('../tests/graded/globalSetup.cjs')
    .startGrading()
    .catch(() => {}); // a failed start fails again, with its error, in Jest's globalSetup
  setImmediate(() => require('jest/bin/jest'));
}
