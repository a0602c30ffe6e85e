// Types of bench/_ui/minimal-menu.mjs for test/ui/start-floor.test.tsx.
import type {ChalkInstance} from 'chalk';
import type {Box, Text} from 'ink';
import type {createElement, ReactElement} from 'react';

export function menuPicture(ink: {h: typeof createElement; Box: typeof Box; Text: typeof Text}, chalk: ChalkInstance, columns: number, rows: number): ReactElement;
