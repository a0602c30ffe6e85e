/**
 * Typed text as the player meant it. Ink hands a burst of keys over as ONE input event (tmux
 * `send-keys BSpace BSpace`, fast typing, a paste), so Backspaces (DEL 0x7f, BS 0x08) and Enter
 * (CR) can arrive inside the text instead of as keys. Edits are therefore applied to the current
 * text inside a reducer (never to a value captured at render time, which two events in one tick
 * would both start from), one character at a time.
 */

/** The parts of Ink's `Key` that editing looks at. */
export type EditKey = {
	return?: boolean;
	backspace?: boolean;
	delete?: boolean;
	ctrl?: boolean;
	meta?: boolean;
	tab?: boolean;
	escape?: boolean;
	upArrow?: boolean;
	downArrow?: boolean;
	leftArrow?: boolean;
	rightArrow?: boolean;
	pageUp?: boolean;
	pageDown?: boolean;
	home?: boolean;
	end?: boolean;
};

/** What one input event does to a text field. */
export type Edit = {
	value: string;
	/** Enter was pressed (alone or at the end of a burst): submit `value` */
	submit: boolean;
	/** at least one character was typed (not only deleted): a pristine field is typed over */
	typed: boolean;
};

/**
 * Applies one Ink input event to `value` (the cursor stays at the end).
 * @param maxLength longest text kept, in characters
 */
export function editText(value: string, input: string, key: EditKey, maxLength = 64): Edit {
	if (key.return) return {value, submit: true, typed: false};
	if (key.backspace || key.delete) return {value: [...value].slice(0, -1).join(''), submit: false, typed: false};
	if (key.ctrl || key.tab || key.escape || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end) {
		return {value, submit: false, typed: false};
	}

	let out = [...value];
	let typed = false;
	for (const ch of input) {
		if (ch === '\r' || ch === '\n') return {value: out.join(''), submit: true, typed};
		if (ch === '\u007F' || ch === '\b') out = out.slice(0, -1);
		else if (ch >= ' ' && !(ch >= '\u007F' && ch <= '\u009F') && out.length < maxLength) {
			out.push(ch);
			typed = true;
		}
	}

	return {value: out.join(''), submit: false, typed};
}

/** The text a burst leaves, ignoring Enter: each Backspace deletes the character before it; other control characters are dropped. */
export function applyEditing(value: string): string {
	return editText('', value.replaceAll(/[\r\n]/g, ''), {}, Number.POSITIVE_INFINITY).value;
}
