/**
 * The carousel's decisions as pure functions, so they are tested without a browser.
 */

/** WCAG 2.2.2: a visitor must be able to read a poster before it moves on. */
export const MIN_INTERVAL_MS = 5000;

/** Below this distance in pixels a touch is a tap or a scroll, not a swipe. */
export const SWIPE_THRESHOLD_PX = 40;

export type Step = -1 | 0 | 1;

/**
 * Wraps around at both ends: after the last poster comes the first.
 *
 * @param index A poster's position, possibly one past either end.
 * @param count How many posters there are.
 */
export function wrapIndex( index: number, count: number ): number {
	return ( ( index % count ) + count ) % count;
}

type KeyPress = Pick<
	KeyboardEvent,
	'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'
>;

/**
 * Left and right arrows step through the posters; in right-to-left text "next" is on the left.
 * Arrows with a modifier belong to the browser (Alt+Left is "back").
 *
 * @param press The key and its modifiers.
 * @param rtl   Whether the carousel runs right to left.
 */
export function keyStep( press: KeyPress, rtl: boolean ): Step {
	if ( press.altKey || press.ctrlKey || press.metaKey || press.shiftKey ) {
		return 0;
	}
	const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
	const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
	if ( press.key === forward ) {
		return 1;
	}
	return press.key === backward ? -1 : 0;
}

/**
 * A mostly horizontal swipe long enough to be meant: towards the start of the line shows the next poster,
 * as if pulling it in from the end.
 *
 * @param dx  Horizontal distance from where the touch started, in pixels.
 * @param dy  Vertical distance from where the touch started, in pixels.
 * @param rtl Whether the carousel runs right to left.
 */
export function swipeStep( dx: number, dy: number, rtl: boolean ): Step {
	if (
		Math.abs( dx ) < SWIPE_THRESHOLD_PX ||
		Math.abs( dx ) <= Math.abs( dy )
	) {
		return 0;
	}
	const towardsStart = rtl ? dx > 0 : dx < 0;
	return towardsStart ? 1 : -1;
}

/**
 * Fills a translated "%1$d of %2$d" (the placeholders' order may differ in other languages).
 *
 * @param template The translation, with %1$d and %2$d.
 * @param position The poster's number, from 1.
 * @param total    How many posters there are.
 */
export function positionLabel(
	template: string,
	position: number,
	total: number
): string {
	return template
		.replace( '%1$d', String( position ) )
		.replace( '%2$d', String( total ) );
}

/**
 * The interval render.php printed, never faster than the minimum.
 *
 * @param milliseconds The data-interval attribute.
 */
export function rotationInterval( milliseconds: string | undefined ): number {
	return Math.max( MIN_INTERVAL_MS, Number( milliseconds ) || 0 );
}
