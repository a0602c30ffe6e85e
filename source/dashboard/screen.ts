/**
 * The flight recorder's blessed-contrib grid. It only draws what data.ts computes; blessed and
 * blessed-contrib arrive as arguments (launch.ts loads them lazily), so importing this file
 * loads neither.
 */
import type blessedModule from 'blessed';
import type {Widgets} from 'blessed';
import type contribModule from 'blessed-contrib';
import type {Outcome} from '../engine/index.js';
import {formatNumber} from '../i18n/format.js';
import {describeDiagnosis} from '../i18n/diagnosis.js';
import {formatSchedule} from '../engine/schedule.js';
import type {Language} from '../engine/types.js';
import {say} from '../i18n/index.js';
import {translator} from '../i18n/index.js';
import {DASHBOARD_TEXT} from '../i18n/dashboard.js';
import {cleanText} from '../text/sanitize.js';
import {
	describeEvent,
	lossSeries,
	motionSeries,
	runEvents,
	sampleIndices,
	scoreHistogram,
	stepLengthHistogram,
	terrainPicture,
	type Histogram,
} from './data.js';
import {histogramLines} from './histogram.js';

export type Blessed = typeof blessedModule;
export type Contrib = typeof contribModule;

/** What the recorder shows: a finished run, and how to show it. */
export type Recording = {
	outcome: Outcome;
	lang: Language;
	ascii: boolean;
	/** the player's name, already cleaned */
	name: string;
	/** scores of the random climbers the player is ranked against, when known */
	rivals: number[] | null;
};

/** Band colours of the terrain picture, low to high (the map's hypsometric order). */
const BAND_COLOURS = ['blue', 'blue', 'cyan', 'green', 'green', 'yellow', 'yellow', 'white'];

/** Columns from one bar to the next. */
const BAR_STRIDE = 5;

/**
 * Grid rows (of 12) of the three bands: charts, map row, events and diagnosis. A short terminal
 * gives the bottom band more, so the diagnosis card needs fewer scrolls (80×24: 6 text rows instead of 4).
 */
function bands(rows: number): [number, number, number] {
	return rows < 36 ? [4, 4, 4] : [4, 5, 3];
}

/** Lays the panels out on `screen` (again after a resize: it clears the screen's children first). */
export function drawRecorder(blessed: Blessed, contrib: Contrib, screen: Widgets.Screen, recording: Recording): void {
	for (const child of [...screen.children]) child.destroy();
	// forget what the terminal showed: after a resize blessed would otherwise diff against a
	// buffer of the old size and leave stale characters behind
	screen.realloc();
	const {outcome, lang, ascii} = recording;
	const {run, facts, diagnosis, score} = outcome;
	const words = describeDiagnosis(diagnosis);
	const {level} = run;
	const trajectory = facts.trajectory;
	const t = translator(DASHBOARD_TEXT, lang);
	const num = (value: number) => formatNumber(value, lang);
	const clean = (text: string) => cleanText(text);
	const grid = new contrib.grid({rows: 12, cols: 12, screen});
	const wide = (screen.width as number) > 100;
	// room for the score gauge and, under it, the info box with the full title and key line
	const roomy = (screen.height as number) >= 36 && wide;
	const steps = sampleIndices(trajectory.steps + 1, Math.max(8, Math.floor((screen.width as number) / 2)));
	const labels = steps.map(String);

	const [chartRows, middleRows, bottomRows] = bands(screen.height as number);
	const middle = chartRows;
	const bottom = chartRows + middleRows;
	const loss = lossSeries(trajectory, facts.minLoss, level.tolerance);
	const lowest = Math.min(loss.tolerance, ...loss.values);
	const lossChart = grid.set(0, 0, chartRows, 7, contrib.line, {
		label: ` ${t('lossPanel')} · f* = ${num(facts.minLoss)} `,
		// the legend box would cover the curve in a narrow panel
		showLegend: wide,
		legend: {width: 18},
		minY: Math.floor(lowest) - 1,
		style: {line: 'yellow', text: 'green', baseline: 'white'},
		wholeNumbersOnly: false,
	});
	lossChart.setData([
		{title: t('lossLegend'), x: labels, y: steps.map((i) => loss.values[i]!), style: {line: 'yellow'}},
		{title: t('toleranceLegend'), x: labels, y: steps.map(() => loss.tolerance), style: {line: 'green'}},
		{title: t('floorLegend'), x: labels, y: steps.map(() => Math.floor(lowest) - 0.5), style: {line: 'cyan'}},
	]);

	const motion = motionSeries(trajectory);
	const motionLow = Math.min(...motion.speed, ...motion.eta);
	const motionChart = grid.set(0, 7, chartRows, 5, contrib.line, {
		label: ` ${t(motion.log ? 'speedPanelLog' : 'speedPanel')} `,
		showLegend: wide,
		legend: {width: 8},
		minY: motion.log ? Math.floor(motionLow) : 0,
		style: {line: 'magenta', text: 'green', baseline: 'white'},
	});
	motionChart.setData([
		{title: t('speedLegend'), x: labels, y: steps.map((i) => motion.speed[i]!), style: {line: 'magenta'}},
		{title: t('etaLegend'), x: labels, y: steps.map((i) => motion.eta[i]!), style: {line: 'cyan'}},
	]);

	const map = grid.set(middle, 0, middleRows, 5, contrib.canvas, {label: ` ${t(ascii ? 'mapPanelAscii' : 'mapPanel')} `});
	const size = map.canvasSize;
	const picture = terrainPicture(level, trajectory, run.critical, size.width, size.height);
	const dots = map.ctx._canvas;
	for (const dot of picture.contours) {
		dots.color = BAND_COLOURS[Math.min(BAND_COLOURS.length - 1, Math.floor((dot.band * BAND_COLOURS.length) / picture.bands))]!;
		dots.set(dot.x, dot.y);
	}

	map.ctx.strokeStyle = 'red';
	for (const segment of picture.path) {
		map.ctx.beginPath();
		const [first, ...rest] = segment;
		if (!first) continue;
		map.ctx.moveTo(first[0], first[1]);
		map.ctx.lineTo(first[0], first[1]);
		for (const [x, y] of rest) map.ctx.lineTo(x, y);
		map.ctx.stroke();
	}

	map.ctx.fillStyle = 'white';
	for (const [x, y] of picture.minima) map.ctx.fillText(ascii ? '*' : '★', x, y);
	map.ctx.fillText('o', picture.start[0], picture.start[1]);

	const barBox = grid.set(middle, 5, middleRows, 4, blessed.box, {label: ` ${t(recording.rivals ? 'parPanel' : 'stepPanel')} `, tags: false, style: {fg: 'cyan'}});
	const barWidth = Math.max(4, (barBox.width as number) - 2);
	const barHeight = Math.max(3, (barBox.height as number) - 2);
	const bins = Math.max(3, Math.min(10, Math.floor(barWidth / BAR_STRIDE)));
	const bars = recording.rivals ? scoreHistogram(recording.rivals, bins, score.total) : stepLengthHistogram(trajectory, bins);
	const titles = barTitles(bars, ascii);
	barBox.setContent(histogramLines(bars.counts.map((count, i) => ({count, label: titles[i]!})), barWidth, barHeight, ascii).join('\n'));

	const stars = ascii ? '*'.repeat(score.stars) + '-'.repeat(3 - score.stars) : '★'.repeat(score.stars) + '☆'.repeat(3 - score.stars);
	const knobs = run.knobs;
	const knobLine = clean(t('knobsLine', {eta: num(knobs.learningRate), momentum: num(knobs.momentum), decay: num(knobs.decay), seed: run.seed}));
	const extra = [
		...(knobs.schedule.kind === 'constant' ? [] : [`schedule=${formatSchedule(knobs.schedule)}`]),
		...(recording.name ? [clean(recording.name)] : []),
	];
	if (roomy) {
		const gauge = grid.set(middle, 9, 2, 3, contrib.gauge, {
			label: ` ${t('scorePanel', {score: score.total, stars})} `,
			stroke: score.total > 0 ? 'green' : 'red',
			fill: 'white',
		});
		gauge.setPercent(Math.round(score.total / 10));
		const info = [clean(t('title', {level: `${level.id} · ${level.title[lang]}`})), knobLine, ...extra, '', t('keys').trim()];
		grid.set(middle + 2, 9, middleRows - 2, 3, blessed.box, {label: ' descenso ', content: info.join('\n'), tags: false, wrap: true, style: {fg: 'white'}});
	} else {
		// a short or narrow terminal has no room for the gauge and a box under it: one box, the score as a
		// line, the key line as its title (always in view), the rest wrapped to its width
		const info = [t('scoreShort', {score: score.total, stars}), clean(`${level.id} · ${level.title[lang]}`), knobLine, ...extra];
		grid.set(middle, 9, middleRows, 3, blessed.box, {label: ` ${t('keysShort')} `, content: info.join('\n'), tags: false, wrap: true, style: {fg: 'white'}});
	}

	const scale = {minLoss: facts.minLoss, tolerance: level.tolerance, size: facts.size};
	const log = runEvents(trajectory, scale).map((event) => clean(describeEvent(event, trajectory, scale, lang)));
	// wrapped to the panel like the card; when taller than the panel it opens on the newest
	// events and scrolls with the card's keys once Tab gives it the keys
	const events = grid.set(bottom, 0, bottomRows, 5, blessed.box, textPanel(t('eventsPanel'), log, 'green'));

	// the whole card, wrapped to the panel (the title too: a long one would be cut in the label)
	const text = [
		say(words.title, lang),
		say(words.analogy, lang).toUpperCase(),
		say(words.evidence, lang),
		say(words.why, lang),
		say(words.advice, lang),
	].map((line) => clean(line));
	const card = grid.set(bottom, 5, bottomRows, 7, blessed.box, textPanel(t('diagnosisPanel'), text, 'white'));
	const panels = [
		scrollPanel(screen, card, [t('diagnosisPanel'), t('diagnosisPanel')], t('scrollKeys'), t('tabKey'), false),
		scrollPanel(screen, events, [t('eventsPanel'), t('eventsShort')], t('scrollKeys'), t('tabKey'), true),
	].filter((panel) => panel !== null);
	// the keys scroll one panel at a time: the card first, Tab passes them to the other
	let current = 0;
	const give = (index: number) => {
		current = index;
		panels.forEach((panel, i) => panel.focus(i === index));
		screen.render();
	};

	if (panels.length > 0) give(0);
	if (panels.length > 1) screen.key(['tab', 'S-tab'], () => give((current + 1) % panels.length));
	// a title wider than its panel would run over the border: cut it to the panel
	for (const child of screen.children) {
		const box = child as Widgets.BoxElement & {_label?: {getText?: () => string}};
		const label = box._label?.getText?.();
		const room = (box.width as number) - 4;
		if (label && label.length > room) box.setLabel(` ${label.trim().slice(0, Math.max(1, room - 3))}… `);
	}

	screen.render();
}

/** A panel of plain lines wrapped to its width, scrollable once `scrollPanel` gives it the keys. */
function textPanel(label: string, lines: string[], fg: string) {
	return {label: ` ${label} `, content: lines.join('\n'), tags: false, wrap: true, scrollable: true, alwaysScroll: true, keys: true, vi: true, style: {fg}};
}

/**
 * Makes a wrapped panel readable whole when it is taller than itself: ↑↓ (j/k) scroll a line,
 * PgUp/PgDn (space, b) a page, Home/End (g/G) to either end, and the label names the lines shown
 * ('3–10/14') and, while the panel has the keys, the keys (else Tab, which gives them), so the
 * player knows there is more and how to reach it. Null when the panel holds its text whole.
 */
function scrollPanel(
	screen: Widgets.Screen,
	panel: Widgets.BoxElement,
	[title, short]: [string, string],
	keys: string,
	tab: string,
	fromEnd: boolean,
): {focus: (on: boolean) => void} | null {
	// wrap the content to the panel's width now (blessed does it while rendering)
	screen.render();
	const room = (panel.height as number) - 2;
	const total = panel.getScrollHeight();
	if (total <= room) return null;
	const page = Math.max(1, room - 1);
	let focused = false;
	const move = (by: number) => {
		panel.scroll(by);
		label();
		screen.render();
	};

	const label = () => {
		const first = panel.childBase + 1;
		const last = Math.min(total, panel.childBase + room);
		const range = `${first}–${last}/${total}`;
		const hint = focused ? keys : tab;
		// a narrow panel: its short title, then only the line keys (a label wider than the
		// panel would wrap into its first row)
		const width = (panel.width as number) - 6;
		const text =
			[title, short].flatMap((name) => [`${name} ${range} · ${hint}`, `${name} ${range} · ${focused ? keys.split(' ')[0]! : tab}`]).find(
				(candidate) => candidate.length <= width,
			) ?? `${short} ${range}`.slice(0, width);
		panel.setLabel(` ${text} `);
	};

	panel.key(['pageup', 'b'], () => move(-page));
	panel.key(['pagedown', 'space'], () => move(page));
	panel.key(['home'], () => move(-total));
	panel.key(['end'], () => move(total));
	// blessed's own keys (↑↓, j/k, g/G) scroll the box: keep the label in step
	panel.on('scroll', label);
	if (fromEnd) panel.setScrollPerc(100);
	label();
	return {
		focus(on: boolean) {
			focused = on;
			if (on) panel.focus();
			label();
		},
	};
}

/** Bar titles: the lower edge of each bin, and a marker on the player's bin. */
function barTitles(bars: Histogram & {marked: number | null}, ascii: boolean): string[] {
	const mark = ascii ? '^' : '▲';
	return bars.counts.map((_, i) => {
		if (i === bars.marked) return mark;
		const edge = bars.edges[i]!;
		return String(Math.round(edge));
	});
}
