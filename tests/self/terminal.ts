import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { waitFor } from './projectCopy';

/*
 * A real terminal for the commands that need one (the interview, watch): a tmux pane running an
 * interactive shell in a copy of the project, where keys are typed and the screen is read back.
 */

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux && process.env.CI === 'true') {
  throw new Error('tmux is missing: .ci/run installs it (apt-get install -y tmux)');
}
if (!hasTmux) console.warn('tmux is missing: the terminal tests need it (apt-get install -y tmux)');

/** `describe`, or `describe.skip` on a machine without tmux (never in CI: that fails above). */
export const inTerminal = hasTmux ? describe : describe.skip;

export class Terminal {
  private readonly session = `kata-terminal-${process.pid}-${Math.random().toString(36).slice(2)}`;

  /**
   * tmux on a server of this terminal's own, at this socket: on the one server all share, a test
   * file's last session closing ended the server while another file's worker was starting a
   * session on it ("server exited unexpectedly").
   */
  private readonly socket = path.join(os.tmpdir(), this.session);

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
  }

  /** A `columns` × 50 pane (120 unless said) running bash in `dir`. */
  constructor(dir: string, columns = 120) {
    this.tmux(
      'new-session',
      '-d',
      '-s',
      this.session,
      '-x',
      String(columns),
      '-y',
      '50',
      '-c',
      dir,
      'bash',
      '--norc',
    );
  }

  /** Everything on the screen and 500 lines of scrollback, wrapped lines joined. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-500', '-t', this.session);
  }

  /** Types `text` and Enter. */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.session, text, 'Enter');
  }

  /** Presses keys as tmux names them ('C-c', 'q', 'Enter'). */
  press(key: string): void {
    this.tmux('send-keys', '-t', this.session, key);
  }

  /** The screen once `seen` holds of it. */
  async until(seen: (text: string) => boolean, what: string): Promise<string> {
    let text = '';
    await waitFor(
      () => seen((text = this.screen())),
      what,
      () => `the screen:\n${text}`,
    );
    return text;
  }

  close(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server']);
    rmSync(this.socket, { force: true });
  }
}

/** How many times `phrase` occurs in `text`. */
export const count = (text: string, phrase: string) => text.split(phrase).length - 1;
