/**
 * The terminal's alternate screen for a face that owns the terminal (the game, the doctor's
 * screen): `enter` switches to it; `leave` hands the terminal back — raw mode off, the normal
 * screen, the cursor shown — once per `enter`, and never throws, since the terminal may already be
 * gone (SIGHUP). `leave` is safe to call from every way out: quit, a signal, a crash, `exit`.
 */
const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

export type AltScreen = {enter: () => void; leave: () => void};

export function altScreen(stdin: NodeJS.ReadStream, terminal: NodeJS.WriteStream): AltScreen {
	let left = false;
	return {
		enter() {
			left = false;
			terminal.write(ENTER_ALT);
		},
		leave() {
			if (left) return;
			left = true;
			try {
				if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
			} catch {
				// the terminal may already be gone (SIGHUP)
			}

			try {
				terminal.write(LEAVE_ALT + SHOW_CURSOR);
			} catch {
				// as above
			}
		},
	};
}
