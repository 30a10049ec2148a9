/**
 * Presses kept from before the app had started. The page's buttons are on screen (prerendered) a
 * while before its script has started; static/early-presses.js, inline in the <head>, marks a
 * button carrying `data-early-press` as pressed, and the component that owns it takes the press
 * once it is ready. A component renders that attribute only until it has mounted.
 */

/** Set on such a button by static/early-presses.js when it is pressed. */
const pressedEarlyAttribute = 'data-pressed-early';

/** Whether `button` was pressed before the app started; the press is used up. */
export function takeEarlyPress(button: Element): boolean {
	const pressed = button.hasAttribute(pressedEarlyAttribute);
	button.removeAttribute(pressedEarlyAttribute);
	return pressed;
}
