/** The doctor's screen: the frame of frame.ts, redrawn on resize and, with --watch, as the log grows. */
import {Text, useApp, useInput} from 'ink';
import {useEffect, useState} from 'react';
import type {ReadResult} from '../../doctor/report.js';
import type {Language} from '../../engine/types.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import type {Theme} from '../theme.js';
import {doctorFrame} from './frame.js';

export type DoctorScreenProps = {
	initial: ReadResult | undefined;
	/** the file as the user named it */
	file: string;
	lang: Language;
	theme: Theme;
	/** with --watch: called with a listener for new readings of the log; returns the unsubscribe */
	subscribe?: (listener: (result: ReadResult) => void) => () => void;
	/** told how the user left: 0 for q or Esc, 130 for Ctrl+C (an interrupt, as the shell counts it) */
	onLeave?: (code: number) => void;
};

export function DoctorScreen({initial, file, lang, theme, subscribe, onLeave}: DoctorScreenProps) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const [result, setResult] = useState(initial);
	useEffect(() => subscribe?.(setResult), [subscribe]);
	useInput((input, key) => {
		const interrupted = key.ctrl && input === 'c';
		if (input === 'q' || key.escape || interrupted) {
			onLeave?.(interrupted ? 130 : 0);
			exit();
		}
	});
	const lines = doctorFrame({result, file, lang, watching: subscribe !== undefined, columns, rows, chalk: theme.chalk, ascii: theme.ascii});
	return <Text wrap="truncate-end">{lines.join('\n')}</Text>;
}
