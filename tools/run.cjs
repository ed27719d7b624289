/*
 * `npm run <command>`: tools/<command>.ts, run from the bundle esbuild keeps of it beside the
 * grader's (tests/grader/process/bundle.cjs), built again whenever a source changes. A TypeScript
 * loader cost each command 0.1 s of CPU at its start, 0.25 s in a fresh copy of the project.
 */
const { bundles, COMMANDS } = require('../tests/grader/process/bundle.cjs');

// The command sees its own arguments, as it would run alone.
const [command] = process.argv.splice(2, 1);
if (!COMMANDS.includes(command)) {
  console.error(`tools/run.cjs: no command ${command} (the commands: ${COMMANDS.join(', ')})`);
  process.exit(2);
}
bundles().then(({ commands }) => require(commands[command]));
