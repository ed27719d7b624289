import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * `npm run --silent <script> -- <args>` in `dir`, as a learner would type it: the script's own
 * command line from package.json, run as npm runs it (in `dir`, with INIT_CWD) but without npm's
 * start, which costs 0.3 s of a busy machine per run. `viaNpm` runs npm itself.
 */
export function npmRun(
  dir: string,
  script: string,
  args: string[] = [],
  input?: string,
  viaNpm = false,
) {
  const { node, env } = scriptCommand(dir, script, viaNpm);
  const run = node
    ? spawnSync(process.execPath, [...node, ...args], {
        cwd: dir,
        encoding: 'utf8',
        input,
        timeout: 500_000, // a guard against a hang, not a limit: a machine at load 10 takes minutes
        env,
      })
    : spawnSync(npm, ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
        cwd: dir,
        encoding: 'utf8',
        input,
        shell: process.platform === 'win32', // npm.cmd cannot be spawned without a shell
        timeout: 500_000, // a guard against a hang, not a limit: a machine at load 10 takes minutes
        env,
      });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Resolves once `done` holds; throws after 5 minutes, with `state()` to show what there was. A
 * guard against a hang, not a limit: a machine at load 10 grades a save in tens of seconds.
 */
export async function waitFor(
  done: () => boolean,
  what: string,
  state: () => string = () => '',
): Promise<void> {
  for (let waited = 0; waited < 300_000; waited += 200) {
    if (done()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`waited 5 minutes for ${what}${state() && `:\n${state()}`}`);
}

/** Starts `npm run <script> -- <args>` as npmRun runs it; `output()` is what it printed so far. */
export function npmStart(dir: string, script: string, args: string[] = []) {
  const { node, env } = scriptCommand(dir, script, false);
  if (!node) throw new Error(`npm run ${script} is not a plain node command`);
  // A group of its own, so that stop() ends whatever it started too (grade --watch runs npm test).
  const child = spawn(process.execPath, [...node, ...args], { cwd: dir, env, detached: true });
  let text = '';
  child.stdout.on('data', (chunk) => (text += chunk));
  child.stderr.on('data', (chunk) => (text += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid!);
    } catch {
      // ended already
    }
  };
  return { output: () => text, stop };
}

/**
 * The environment a script runs in, and its node arguments when it can run without npm: every
 * tool's script is `node <options> <file>`, no shell syntax (they run on Windows too).
 */
function scriptCommand(dir: string, script: string, viaNpm: boolean) {
  const scripts = (
    JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const command = scripts[script];
  if (command === undefined) throw new Error(`package.json has no script ${script}`);
  const direct = !viaNpm && /^node( [^\s&|;<>$`'"]+)+$/.test(command);
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', INIT_CWD: dir };
  return direct
    ? { node: command.split(' ').slice(1), env: { ...env, npm_lifecycle_event: script } }
    : { node: undefined, env };
}
