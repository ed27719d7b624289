const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/*
 *   node codeCache.cjs <bundle> <args…>   runs <bundle> as `node <bundle> <args…>` would, compiled
 *                                          from V8's code cache of it beside it when there is one
 *                                          that fits, and leaves one there at exit when not
 *
 * A grading process compiles the grader's functions as it first calls them: about 35 ms of each
 * process's 0.7 s CPU, on the path to every card. The cache holds them compiled, as the first
 * process to exit without one had them. V8 refuses a cache made from other source or under other
 * flags (then this compiles as node would, and leaves a fresh one); the flags name the file, so
 * processes started with other flags keep one of their own. Plain JavaScript: it runs before
 * anything else.
 */

const bundle = path.resolve(process.argv[2]);
process.argv.splice(1, 1); // the bundle sees its own path and arguments, as when node runs it
const flags = createHash('sha1').update(process.execArgv.join(' ')).digest('hex').slice(0, 8);
const cacheFile = `${bundle}.${flags}.v8cache`;

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // none yet: this process leaves one
}
const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), {
  filename: bundle,
  cachedData,
});
if (cachedData === undefined || script.cachedDataRejected) {
  // At exit, with the functions this process compiled; taken now, before the learner's code runs.
  const cacheOf = script.createCachedData.bind(script);
  const write = writeFileSync;
  const rename = renameSync;
  const pid = process.pid;
  process.once('exit', () => {
    const temporary = `${cacheFile}.${pid}.tmp`;
    try {
      write(temporary, cacheOf());
      rename(temporary, cacheFile);
    } catch {
      // no cache: the next process compiles as node would, and tries again
    }
  });
}

const own = new Module(bundle, module);
own.filename = bundle;
own.paths = Module._nodeModulePaths(path.dirname(bundle));
script
  .runInThisContext()
  .call(own.exports, own.exports, Module.createRequire(bundle), own, bundle, path.dirname(bundle));
