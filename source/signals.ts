/**
 * The signals that end a full-screen face (the game, the doctor's screen, the flight recorder) and
 * their exit codes: 128 + the signal's number, as a shell counts an interrupt.
 */
export const SIGNAL_EXIT_CODES = {SIGHUP: 129, SIGINT: 130, SIGQUIT: 131, SIGTERM: 143} as const;

export type EndingSignal = keyof typeof SIGNAL_EXIT_CODES;

export const SIGNALS = Object.keys(SIGNAL_EXIT_CODES) as EndingSignal[];
