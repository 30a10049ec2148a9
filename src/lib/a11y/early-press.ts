/**
 * Presses kept from before the app had started. The page's buttons are on screen (prerendered) a
 * while before its script has started; static/early-presses.js, inline in the <head>, marks the
 * button carrying `data-early-press` that was pressed last, and the player takes the press once it
 * is ready. Presses made once the app has started (<html> carries `data-hydrated`) are not kept.
 */

/** Set on such a button by static/early-presses.js when it is pressed. */
const pressedEarlyAttribute = 'data-pressed-early';

/** Whether `button` was pressed before the app started; the press is used up. */
export function takeEarlyPress(button: Element): boolean {
	const pressed = button.hasAttribute(pressedEarlyAttribute);
	button.removeAttribute(pressedEarlyAttribute);
	return pressed;
}

/** The button inside `root` pressed before the app started, if any; its press is used up. */
export function takeEarlyPressIn(root: ParentNode): HTMLElement | null {
	const button = root.querySelector<HTMLElement>(`[${pressedEarlyAttribute}]`);
	return button && takeEarlyPress(button) ? button : null;
}
