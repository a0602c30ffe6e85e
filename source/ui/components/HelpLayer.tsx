/**
 * `?` on any screen: an overlay with the keys of that screen (as its key bar lists them), the
 * map's marks, and the step rule with the knobs the current level unlocks. The screen underneath
 * stays mounted (hidden, deaf) and comes back exactly as it was.
 */
import {Box, Text, useInput} from 'ink';
import {useCallback, useMemo, useState, type ReactNode} from 'react';
import type {Level} from '../../engine/types.js';
import {type ScreenEnv, uiText} from '../env.js';
import {legendMarks, stepRule} from '../help.js';
import {HelpContext, type HelpState} from '../hooks/use-screen-input.js';
import {packEntries, wrapText} from '../../text/wrap.js';
import type {UiKey} from '../../i18n/ui.js';

export type HelpLayerProps = {
	env: ScreenEnv;
	/** the level on screen, if any: the step rule shows its knobs */
	level?: Level;
	/** false where `?` is typed as text (the name prompt) */
	enabled: boolean;
	/**
	 * shown instead of the screen while set (the "terminal too small" notice): the screen stays
	 * mounted, deaf and still, and comes back where it was when the terminal grows again
	 */
	cover?: ReactNode;
	children: ReactNode;
};

export function HelpLayer({env, level, enabled, cover, children}: HelpLayerProps) {
	const [open, setOpen] = useState(false);
	const [keys, setKeysState] = useState<Array<[string, string]>>([]);
	const setKeys = useCallback((next: Array<[string, string]>) => {
		setKeysState((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
	}, []);
	// a focused text field (a tutorial answer) takes `?` as text, like the name prompt
	const [typing, setTyping] = useState(false);
	const active = enabled && !typing;
	useInput((input, key) => {
		if ((!active && !open) || cover) return;
		if (open && (input === '?' || input === 'q' || key.escape || key.return)) setOpen(false);
		else if (!open && input === '?') setOpen(true);
	});
	const label = uiText(env.lang)('keyHelp');
	const covered = cover !== undefined && cover !== null;
	const state: HelpState = useMemo(() => ({open: open || covered, enabled: active && !covered, label, setKeys, setTyping}), [open, covered, active, label, setKeys]);
	return (
		<HelpContext.Provider value={state}>
			<Box display={open || covered ? 'none' : 'flex'} flexDirection="column" width={env.width} height={env.height}>
				{children}
			</Box>
			{covered ? cover : open ? <HelpOverlay env={env} level={level} keys={keys} /> : null}
		</HelpContext.Provider>
	);
}

export type HelpOverlayProps = {env: ScreenEnv; level?: Level; keys: Array<[string, string]>};

export function HelpOverlay({env, level, keys}: HelpOverlayProps) {
	const {theme, lang, width, height} = env;
	const {chalk} = theme;
	const t = uiText(lang);
	// two columns even at the smallest size (80): keys and the rule, the map's marks
	const column = Math.floor((width - 3) / 2);
	const left: string[] = [chalk.bold.cyan(t('helpKeys'))];
	const keyWidth = Math.min(12, Math.max(0, ...keys.map(([k]) => k.length)) + 1);
	for (const [k, label] of keys) left.push(`${chalk.bold.cyan(k.padEnd(keyWidth))} ${label}`);
	left.push(`${chalk.bold.cyan('?'.padEnd(keyWidth))} ${t('keyHelp')}`);
	left.push(' ', chalk.bold.cyan(level ? t('helpRuleLevel') : t('helpRule')));
	for (const line of stepRule(level)) left.push(`  ${line}`);
	// each symbol with its meaning stays on one line
	for (const line of packEntries(t('helpSymbols').split(' · '), column - 2, ' · ')) left.push(chalk.dim(`  ${line}`));
	const right: string[] = [chalk.bold.cyan(t('helpLegend'))];
	for (const [glyph, key] of legendMarks(theme.ascii)) {
		const [first = '', ...rest] = wrapText(t(key as UiKey), column - 3);
		right.push(`${chalk.bold.yellow(glyph)}  ${first}`, ...rest.map((line) => `   ${line}`));
	}

	for (const line of wrapText(t('helpRelief'), column)) right.push(chalk.dim(line));
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text wrap="truncate-end">{chalk.bold.cyan(`${t('helpTitle')} · ?`)}</Text>
			<Box flexGrow={1} marginTop={1} flexDirection="row" overflow="hidden">
				<Box flexDirection="column" width={column} marginRight={3}>
					{left.map((line, i) => (
						<Text key={i} wrap="truncate-end">
							{line}
						</Text>
					))}
				</Box>
				<Box flexDirection="column" width={column}>
					{right.map((line, i) => (
						<Text key={i} wrap="truncate-end">
							{line}
						</Text>
					))}
				</Box>
			</Box>
			<Text wrap="truncate-end">{chalk.dim(t('helpClose'))}</Text>
		</Box>
	);
}
