import type { ExercisePlan } from './process/protocol';
import type { RunListener } from './process/supervisor';
import type { TierId } from './tiers/tier';

/*
 * What a terminal shows while the grader works: one line at its foot, redrawn in place and erased
 * before what comes next is printed. On stderr, and only when both stderr and stdout are a
 * terminal: piped or redirected output (CI, KATA_REPORT consumers) never holds any of it.
 */

const ERASE = '\r\x1b[2K';

export class StatusLine {
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    readonly live = stream.isTTY === true && process.stdout.isTTY === true,
  ) {}

  /**
   * Draws `text` in place of the line before, cut to the terminal's width: a line the terminal
   * wrapped could not be erased.
   */
  show(text: string): void {
    if (!this.live) return;
    const columns = (this.stream.columns || 80) - 1;
    const chars = [...text];
    const cut = chars.length > columns ? `${chars.slice(0, columns - 1).join('')}…` : text;
    this.stream.write(`${ERASE}${cut}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write(ERASE);
    this.shown = false;
  }
}

/** A run that ends within this long shows no line at all: the spec's "longer than a second". */
const QUIET_MS = 1000;
/** How often the line is redrawn with no news (its seconds count on: the grader is not stuck). */
const TICK_MS = 1000;

/**
 * The graded run's status line: the tier being graded and the check running (for the complexity
 * tiers, what they measure), and the seconds so far. `listener` follows a run (gradeInProcess).
 */
export class GradingStatus {
  private readonly line: StatusLine;
  private readonly started = Date.now();
  /** The check running in each tier that runs (space runs beside the others), latest last. */
  private readonly running = new Map<TierId, string>();
  private readonly ticker: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly plan: ExercisePlan,
    line = new StatusLine(),
    /** Said while no check runs. */
    private readonly doing = 'grading…',
  ) {
    this.line = line;
    if (line.live) this.ticker = setInterval(() => this.draw(), TICK_MS).unref();
  }

  readonly listener: RunListener = {
    check: (tier, index) => {
      this.running.delete(tier);
      this.running.set(tier, this.plan.tiers.find((t) => t.id === tier)?.checks[index] ?? '');
      this.draw();
    },
    tier: (result) => {
      this.running.delete(result.id);
      this.draw();
    },
  };

  /** The line's text now. */
  text(): string {
    const seconds = Math.floor((Date.now() - this.started) / 1000);
    const tiers = [...this.running.keys()];
    const latest = tiers.at(-1);
    if (latest === undefined) return `[${seconds} s] ${this.doing}`;
    const ids = this.plan.tiers.map((t) => t.id);
    const beside = tiers.length > 1 ? ` (and ${tiers.slice(0, -1).join(', ')})` : '';
    const which = `${ids.indexOf(latest) + 1} of ${ids.length}`;
    return `[${seconds} s] grading ${latest} (${which})${beside}: ${this.running.get(latest)}`;
  }

  private draw(): void {
    if (!this.stopped && Date.now() - this.started >= QUIET_MS) this.line.show(this.text());
  }

  /** Erases the line for good: what follows (the card) takes its place. */
  stop(): void {
    this.stopped = true;
    if (this.ticker) clearInterval(this.ticker);
    this.line.clear();
  }
}
