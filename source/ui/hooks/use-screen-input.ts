/**
 * The help overlay's shared state, and the input hook every screen uses instead of Ink's
 * `useInput`: while the overlay is open the screen underneath hears nothing, and the `?` that
 * opens the overlay never reaches it.
 */
import {useInput, type Key} from 'ink';
import {createContext, useContext, useEffect} from 'react';

export type HelpState = {
	/** the overlay is showing */
	open: boolean;
	/** `?` opens the overlay on this screen (false where `?` is typed as text) */
	enabled: boolean;
	/** what the key bar calls `?`, in the player's language */
	label: string;
	/** the key bar of the current screen tells the overlay its keys */
	setKeys: (keys: Array<[string, string]>) => void;
	/** a text field on the screen has focus (or lost it): `?` is then typed, not help */
	setTyping: (typing: boolean) => void;
};

/** Outside a HelpLayer (component tests): never open, keys go nowhere. */
export const HelpContext = createContext<HelpState>({open: false, enabled: false, label: 'help', setKeys: () => {}, setTyping: () => {}});

/** Whether the help overlay is showing (a run pauses under it). */
export function useHelpOpen(): boolean {
	return useContext(HelpContext).open;
}

/**
 * Ink's `useInput` for a screen: inactive while the help overlay is open; `?` is left to the
 * overlay where it opens it.
 */
export function useScreenInput(handler: (input: string, key: Key) => void, options: {isActive?: boolean} = {}): void {
	const help = useContext(HelpContext);
	useInput(
		(input, key) => {
			if (help.enabled && input === '?') return;
			handler(input, key);
		},
		{isActive: (options.isActive ?? true) && !help.open},
	);
}

/**
 * For a free-text field: while `focused`, `?` is a character the player types into it, so the help
 * overlay does not open (and the key bar does not offer it), as on the name prompt.
 */
export function useTextFieldFocus(focused: boolean): void {
	const {setTyping} = useContext(HelpContext);
	useEffect(() => {
		if (!focused) return;
		setTyping(true);
		return () => setTyping(false);
	}, [focused, setTyping]);
}
