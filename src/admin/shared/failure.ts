/**
 * Turns apiFetch's rejections into words for a notice.
 */
import { __ } from '@wordpress/i18n';

export interface RestError {
	code?: unknown;
	message?: unknown;
	data?: { params?: Record< string, unknown > };
}

/**
 * The message of a REST error `{ code, message }`, or a generic one for anything else (offline, a PHP
 * fatal that is not JSON).
 * @param error What apiFetch rejected with.
 */
export function failureMessage( error: unknown ): string {
	const message = ( error as RestError | null )?.message;
	return typeof message === 'string' && message
		? message
		: __(
				'The server could not be reached or gave no answer. Try again.',
				'notfound'
			);
}
