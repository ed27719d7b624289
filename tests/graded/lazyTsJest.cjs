const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/*
 * ts-jest, loaded only when there is something to compile. Before every file Jest asks its
 * transformer for a cache key, and calls it to compile only when that key misses the cache; ts-jest
 * cannot answer even the key without loading the TypeScript compiler (0.35 s on every run). This
 * wrapper answers it from what ts-jest's own key is made of (the source and its path, the Jest
 * configuration, tsconfig.json, the ts-jest and TypeScript versions) and leaves compiling to
 * ts-jest.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const versionOf = (name) => require(`${name}/package.json`).version;
const FIXED = [
  versionOf('ts-jest'),
  versionOf('typescript'),
  fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8'),
].join('\0');

let tsJest;

module.exports = {
  getCacheKey(source, file, options) {
    const flags = `${options.instrument ? 'instrument' : ''} ${options.supportsStaticESM ? 'esm' : ''}`;
    return createHash('sha1')
      .update([FIXED, options.configString, flags, file, source].join('\0'))
      .digest('hex');
  },
  process(source, file, options) {
    tsJest ??= require('ts-jest').default.createTransformer();
    return tsJest.process(source, file, options);
  },
};
