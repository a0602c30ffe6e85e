/** Shown instead of any screen while the terminal is below the minimum size. */
import {Box, Text} from 'ink';
import type {Language} from '../../engine/types.js';
import {MIN_COLUMNS, MIN_ROWS, uiText} from '../env.js';

export type TooSmallScreenProps = {lang: Language; columns: number; rows: number};

export function TooSmallScreen({lang, columns, rows}: TooSmallScreenProps) {
	const t = uiText(lang);
	return (
		<Box flexDirection="column" width={Math.max(1, columns)}>
			<Text wrap="wrap">{t('tooSmall', {columns, rows, minColumns: MIN_COLUMNS, minRows: MIN_ROWS})}</Text>
			<Text wrap="wrap">{t('tooSmallHint')}</Text>
		</Box>
	);
}
