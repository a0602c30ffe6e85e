/**
 * Typed text as the player meant it. Ink hands a burst of keys over as one string, so several
 * Backspaces pressed quickly (DEL, 0x7f, or BS, 0x08) can arrive inside the text instead of
 * deleting: here each one deletes the character before it; other control characters are dropped.
 */
export function applyEditing(value: string): string {
	let out = '';
	for (const ch of value) {
		if (ch === '\u007F' || ch === '\b') out = [...out].slice(0, -1).join('');
		else if (ch >= ' ' && !(ch >= '\u0080' && ch <= '\u009F')) out += ch;
	}

	return out;
}
