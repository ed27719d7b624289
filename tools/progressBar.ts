import { StatusLine } from '../tests/grader/statusLine';

/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
export class Progress {
  private done = 0;
  private readonly line = new StatusLine(process.stderr, process.stderr.isTTY === true);

  constructor(private readonly total: number) {}

  step(label: string): void {
    this.done = Math.min(this.total, this.done + 1);
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    this.line.show(
      `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${label}`,
    );
  }

  finish(): void {
    this.line.clear();
  }
}
