import { execFileSync, spawnSync } from 'node:child_process';
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

const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });

export class Terminal {
  private readonly session = `kata-terminal-${process.pid}-${Math.random().toString(36).slice(2)}`;

  /** A `columns` × 50 pane (120 unless said) running bash in `dir`. */
  constructor(dir: string, columns = 120) {
    tmux(
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
    return tmux('capture-pane', '-p', '-J', '-S', '-500', '-t', this.session);
  }

  /** Types `text` and Enter. */
  type(text: string): void {
    tmux('send-keys', '-t', this.session, text, 'Enter');
  }

  /** Presses keys as tmux names them ('C-c', 'q', 'Enter'). */
  press(key: string): void {
    tmux('send-keys', '-t', this.session, key);
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
    spawnSync('tmux', ['kill-session', '-t', this.session]);
  }
}

/** How many times `phrase` occurs in `text`. */
export const count = (text: string, phrase: string) => text.split(phrase).length - 1;
