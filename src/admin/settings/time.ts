/**
 * Dates in the admin's language.
 */
import { languageTag } from '../shared/countries';

/**
 * A Unix time as a date and time the admin reads naturally, in their browser's time zone.
 * @param seconds
 * @param locale  A WordPress locale.
 */
export function formatTime( seconds: number, locale: string ): string {
	return new Intl.DateTimeFormat( languageTag( locale ), {
		dateStyle: 'medium',
		timeStyle: 'short',
	} ).format( new Date( seconds * 1000 ) );
}
