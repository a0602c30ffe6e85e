/**
 * The help overlay's shared state, and the input hook every screen uses instead of Ink's
 * `useInput`: while the overlay is open the screen underneath hears nothing, and the `?` that
 * opens the overlay never reaches it.
 */
import {useInput, type Key} from 'ink';
import {createContext, useContext} from 'react';

export type HelpState = {
	/** the overlay is showing */
	open: boolean;
	/** `?` opens the overlay on this screen (false where `?` is typed as text) */
	enabled: boolean;
	/** what the key bar calls `?`, in the player's language */
	label: string;
	/** the key bar of the current screen tells the overlay its keys */
	setKeys: (keys: Array<[string, string]>) => void;
};

/** Outside a HelpLayer (component tests): never open, keys go nowhere. */
export const HelpContext = createContext<HelpState>({open: false, enabled: false, label: 'help', setKeys: () => {}});

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
