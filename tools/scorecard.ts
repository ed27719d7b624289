import pc from 'picocolors';
import { claimMark, VERDICT_WORDS } from '../tests/grader/claim';
import { TIER_IDS } from '../tests/grader/tiers/tier';
import type { Interview } from './progressFile';

/* A mock interview's scorecard, and a session as one line of the history (npm run progress). */

/** 754 seconds as "12:34". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

function ending(interview: Interview): string {
  switch (interview.endedBy) {
    case 'allPassed':
      // Since both halves of the claim are asked for, it ends only when they are right too.
      return `every tier passed${interview.claim.overall === 'matches' ? ' and the claim is right' : ''}, ${clock(interview.seconds)} in`;
    case 'timeUp':
      return `time was up (${interview.minutes} minutes)`;
    case 'stopped':
      return `you stopped it, ${clock(interview.seconds)} in`;
  }
}

/** The claim in the card's words: `O(log n + k), space O(h) (matches)`. */
function claimWords({ claim }: Interview): string {
  const space = claim.space?.stated;
  if (claim.stated === null && !space) return 'none';
  const stated = [claim.stated ?? 'time not stated', space ? `space ${space}` : null];
  return `${stated.filter(Boolean).join(', ')} (${VERDICT_WORDS[claim.overall ?? claim.verdict]})`;
}

export function renderScorecard(
  interview: Interview,
  claimLine: string,
  color = pc.isColorSupported,
): string {
  const c = pc.createColors(color);
  const title = ` scorecard: a mock interview of ${interview.minutes} minute${interview.minutes === 1 ? '' : 's'}${interview.fromStub === false ? ', on an attempt begun before it (not a record)' : ''} `;
  const lines = [c.bold(`──${title}${'─'.repeat(Math.max(4, 70 - title.length))}`)];
  lines.push(` ended: ${ending(interview)}`);
  for (const id of TIER_IDS) {
    const at = interview.firstPass[id];
    lines.push(
      ` ${at === undefined ? c.red('✗') : c.green('✓')} ${id.padEnd(10)} ${at === undefined ? 'not passed' : `passed ${clock(at)} in`}`,
    );
  }
  lines.push(
    ` furthest tier reached (every one before it passed too): ${interview.furthest ?? 'none yet'}`,
  );
  const hints = interview.hints;
  lines.push(` hints taken: ${hints.length}${hints.length ? ` (${hints.join(', ')})` : ''}`);
  lines.push(
    ` ${claimMark(interview.claim.overall ?? interview.claim.verdict, c)} complexity claimed: ${claimLine}`,
  );
  return lines.join('\n');
}

/** One line of the history: when, how long, how it ended, how far, hints, claim. */
export function historyLine(interview: Interview): string {
  const when = interview.startedAt.slice(0, 16).replace('T', ' ');
  return (
    `${when}  ${String(interview.minutes).padStart(3)} min  ${ending(interview).padEnd(30)}  ` +
    `furthest ${(interview.furthest ?? '—').padEnd(9)}  hints ${interview.hints.length}  claim ${claimWords(interview)}` +
    (interview.fromStub === false ? '  (on an earlier attempt: not a record)' : '')
  );
}
