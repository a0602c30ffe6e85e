/** The terminal's size, updated on resize (Ink 6.8 itself tracks the width only). */
import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

/** Used when the output is not a terminal (tests): the size the layout is designed for. */
export const FALLBACK_SIZE = {columns: 120, rows: 40} as const;

export type TerminalSize = {columns: number; rows: number};

export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const read = (): TerminalSize => ({
		columns: stdout.columns > 0 ? stdout.columns : FALLBACK_SIZE.columns,
		rows: stdout.rows > 0 ? stdout.rows : FALLBACK_SIZE.rows,
	});
	const [size, setSize] = useState(read);
	useEffect(() => {
		// the same size keeps the same state: no second render of the first frame
		const onResize = () => {
			const next = read();
			setSize((now) => (now.columns === next.columns && now.rows === next.rows ? now : next));
		};
		stdout.on('resize', onResize);
		onResize();
		return () => {
			stdout.off('resize', onResize);
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps -- read() only reads stdout, which is a dependency
	}, [stdout]);
	return size;
}
