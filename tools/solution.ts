import './pipe';
import { readFileSync } from 'node:fs';
import pc from 'picocolors';
import { findReference, loadReferences } from './references';

/*
 * npm run solution            lists the reference solutions (names, complexity, tiers)
 * npm run solution -- <name>  prints one of them, with its explanation
 * Nothing else in the kata prints reference code.
 */

const references = loadReferences();
const [name] = process.argv.slice(2);

if (!name) {
  console.log(
    pc.yellow(
      'Spoilers ahead: each reference is a complete solution. Try the hints first: npm run hint',
    ),
  );
  console.log('');
  const width = Math.max(...references.map((r) => r.name.length));
  const timeWidth = Math.max(...references.map((r) => r.time.length));
  console.log(`  ${'name'.padEnd(width)}   ${'time'.padEnd(timeWidth)}   tiers reached`);
  for (const reference of references) {
    console.log(
      `  ${pc.bold(reference.name.padEnd(width))}   ${reference.time.padEnd(timeWidth)}   ${reference.tiers.join(', ')}`,
    );
  }
  console.log('');
  console.log(
    'Print one with its explanation: npm run solution -- <name>   (e.g. npm run solution -- twoPointers)',
  );
} else {
  const reference = findReference(name, references);
  if (!reference) {
    console.error(
      `npm run solution: there is no reference called "${name}". Choose one of: ${references.map((r) => r.name).join(', ')}`,
    );
    process.exit(2);
  }
  console.log(readFileSync(reference.file, 'utf8'));
}
