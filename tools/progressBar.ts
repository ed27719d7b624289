/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
export class Progress {
  private done = 0;
  private readonly live = process.stderr.isTTY === true;

  constructor(private readonly total: number) {}

  step(label: string): void {
    this.done = Math.min(this.total, this.done + 1);
    if (!this.live) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${label}`;
    process.stderr.write(`\r${line.slice(0, 78).padEnd(78)}`);
  }

  finish(): void {
    if (this.live) process.stderr.write(`\r${' '.repeat(78)}\r`);
  }
}
