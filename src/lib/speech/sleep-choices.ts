/**
 * The sleep timer's choices, apart from the timer itself: the player region shows the select with
 * the page and fetches the timer's code only when a choice is made.
 */

/** The choices of the "Sleep timer" select, in order. */
export const sleepChoices = [
	{ value: 'off', label: 'Off' },
	{ value: '5', label: '5 minutes' },
	{ value: '10', label: '10 minutes' },
	{ value: '15', label: '15 minutes' },
	{ value: '30', label: '30 minutes' },
	{ value: '45', label: '45 minutes' },
	{ value: '60', label: '60 minutes' },
	{ value: 'section', label: 'End of this section' }
] as const;

/** One of the select's values. */
export type SleepChoice = (typeof sleepChoices)[number]['value'];

/** Whether `value` is one of the choices. */
export function isSleepChoice(value: string): value is SleepChoice {
	return sleepChoices.some((choice) => choice.value === value);
}
