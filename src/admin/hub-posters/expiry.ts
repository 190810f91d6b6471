/**
 * How near a poster's end is, in words for the list: the date alone while it is far, the days left once
 * it is near (the hub reminds the organisation 14 and 2 days before), "Expired" after.
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/** From this many days left, the list says how many. */
export const SOON_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole days from today to a date, both YYYY-MM-DD in UTC: 0 on the last day, negative once past.
 * @param date
 * @param today
 */
export function daysUntil( date: string, today: string ): number {
	return Math.round(
		( Date.parse( `${ date }T00:00:00Z` ) -
			Date.parse( `${ today }T00:00:00Z` ) ) /
			DAY_MS
	);
}

/**
 * A poster runs through its expiry date and leaves the feed the day after.
 * @param expires
 * @param today
 */
export function expiryNote( expires: string, today: string ): string | null {
	const days = daysUntil( expires, today );
	if ( Number.isNaN( days ) || days > SOON_DAYS ) {
		return null;
	}
	if ( days < 0 ) {
		return __( 'Expired', 'notfound' );
	}
	if ( days === 0 ) {
		return __( 'Expires today', 'notfound' );
	}
	return sprintf(
		/* translators: %d: number of days. */
		_n( 'Expires in %d day', 'Expires in %d days', days, 'notfound' ),
		days
	);
}
