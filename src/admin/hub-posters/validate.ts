/**
 * Client-side checks for the obvious mistakes, keyed by the same dotted paths as the server's 400 errors
 * so both show in the same place. The server stays the judge: it checks everything again.
 */
import { __, sprintf } from '@wordpress/i18n';

import { REQUIRED_LANGUAGE, type PosterFormValues } from './form-values';
import type { FieldErrors } from './types';

export interface ValidationContext {
	countries: string[];
	/** Administrators choose the partner organisation when they create a poster. */
	needsPartner: boolean;
	/** Today as YYYY-MM-DD in UTC, the server's calendar. */
	today: string;
}

const MAX_AGE = 25;

/**
 * The server's limits (includes/Posters/PosterValidator.php), which bound the size of the hub's feed:
 * characters, except addresses (bytes, the same as characters for a valid address).
 */
export const LIMITS = {
	name: 100,
	place: 120,
	description: 400,
	languages: 10,
	alt: 150,
	url: 500,
	photos: 5,
} as const;
const HOTLINE_PATTERN = /^\+?[0-9][0-9 ]{1,18}[0-9]$/;
const SUBDIVISION_PATTERN = /^([A-Z]{2})-[A-Z0-9]{1,3}$/;

export function todayUtc( now: Date = new Date() ): string {
	return now.toISOString().slice( 0, 10 );
}

/**
 * The last day a poster may run: the server allows a year from today.
 * @param today
 */
export function latestExpiry( today: string ): string {
	const date = new Date( `${ today }T00:00:00Z` );
	date.setUTCDate( date.getUTCDate() + 365 );
	return todayUtc( date );
}

export function isDate( value: string ): boolean {
	if ( ! /^\d{4}-\d{2}-\d{2}$/.test( value ) ) {
		return false;
	}
	const date = new Date( `${ value }T00:00:00Z` );
	return ! Number.isNaN( date.getTime() ) && todayUtc( date ) === value;
}

export function isHttpUrl( value: string ): boolean {
	try {
		const { protocol } = new URL( value );
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

function isCoordinate( value: string, limit: number ): boolean {
	const number = Number( value );
	return (
		value.trim() !== '' &&
		Number.isFinite( number ) &&
		Math.abs( number ) <= limit
	);
}

export function validatePoster(
	values: PosterFormValues,
	context: ValidationContext
): FieldErrors {
	const errors: FieldErrors = {};
	const required = __( 'This field is required.', 'notfound' );
	const tooLong = ( max: number ) =>
		sprintf(
			/* translators: %d: maximum number of characters. */
			__( 'At most %d characters.', 'notfound' ),
			max
		);
	const text = ( path: string, value: string, max: number ) => {
		if ( ! value.trim() ) {
			errors[ path ] = required;
		} else if ( value.length > max ) {
			errors[ path ] = tooLong( max );
		}
	};

	if ( context.needsPartner && ! /^[1-9]\d*$/.test( values.partnerId ) ) {
		errors.partner_id = __( 'Choose an organisation.', 'notfound' );
	}
	text( 'first_name', values.firstName, LIMITS.name );
	if ( values.lastName.length > LIMITS.name ) {
		errors.last_name = tooLong( LIMITS.name );
	}
	if (
		! /^\d+$/.test( values.ageAtDisappearance ) ||
		Number( values.ageAtDisappearance ) > MAX_AGE
	) {
		errors.age_at_disappearance = sprintf(
			/* translators: 1: minimum, 2: maximum. */
			__( 'A whole number from %1$d to %2$d.', 'notfound' ),
			0,
			MAX_AGE
		);
	}
	checkDates( values, context.today, errors );

	text( 'last_seen.place', values.place, LIMITS.place );
	if ( ! context.countries.includes( values.country ) ) {
		errors[ 'last_seen.country' ] = __( 'Choose a country.', 'notfound' );
	}
	const subdivision = values.subdivision.trim().toUpperCase();
	const parts = SUBDIVISION_PATTERN.exec( subdivision );
	if ( subdivision && ( ! parts || parts[ 1 ] !== values.country ) ) {
		errors[ 'last_seen.subdivision' ] = __(
			'An ISO 3166–2 code of the same country, such as BE-VOV.',
			'notfound'
		);
	}
	if ( ! isCoordinate( values.lat, 90 ) ) {
		errors[ 'last_seen.lat' ] = sprintf(
			/* translators: 1: largest allowed absolute value. */
			__( 'A number from -%1$d to %1$d.', 'notfound' ),
			90
		);
	}
	if ( ! isCoordinate( values.lon, 180 ) ) {
		errors[ 'last_seen.lon' ] = sprintf(
			/* translators: 1: largest allowed absolute value. */
			__( 'A number from -%1$d to %1$d.', 'notfound' ),
			180
		);
	}

	for ( const { lang, text: description } of values.descriptions ) {
		if ( ! description.trim() ) {
			errors[ `description.${ lang }` ] =
				lang === REQUIRED_LANGUAGE
					? __( 'Describe the child in English.', 'notfound' )
					: __(
							'Write the description, or remove this language.',
							'notfound'
						);
		} else if ( description.length > LIMITS.description ) {
			errors[ `description.${ lang }` ] = tooLong( LIMITS.description );
		}
	}
	if ( values.descriptions.length > LIMITS.languages ) {
		errors.description = sprintf(
			/* translators: %d: the most languages a poster may have. */
			__( 'At most %d languages.', 'notfound' ),
			LIMITS.languages
		);
	}

	if ( values.photos.length === 0 ) {
		errors.photos = __( 'Add at least one photo.', 'notfound' );
	} else if ( values.photos.length > LIMITS.photos ) {
		errors.photos = sprintf(
			/* translators: %d: the most photos a poster may have. */
			__( 'At most %d photos.', 'notfound' ),
			LIMITS.photos
		);
	}
	values.photos.forEach( ( photo, index ) => {
		if ( ! photo.alt.trim() ) {
			errors[ `photos.${ index }` ] = __(
				'Describe the photo (alternative text).',
				'notfound'
			);
		} else if ( photo.alt.length > LIMITS.alt ) {
			errors[ `photos.${ index }` ] = tooLong( LIMITS.alt );
		}
	} );

	if ( ! isHttpUrl( values.caseUrl.trim() ) ) {
		errors.case_url = __(
			'An address starting with http:// or https://.',
			'notfound'
		);
	} else if ( values.caseUrl.trim().length > LIMITS.url ) {
		errors.case_url = tooLong( LIMITS.url );
	}
	if (
		values.hotline.trim() &&
		! HOTLINE_PATTERN.test( values.hotline.trim() )
	) {
		errors.hotline = __(
			'Use digits and spaces, optionally starting with +.',
			'notfound'
		);
	}
	return errors;
}

function checkDates(
	values: PosterFormValues,
	today: string,
	errors: FieldErrors
): void {
	const inFuture = __( 'The date cannot be in the future.', 'notfound' );
	if ( ! values.missingSince ) {
		errors.missing_since = __( 'This field is required.', 'notfound' );
	} else if ( ! isDate( values.missingSince ) ) {
		errors.missing_since = __( 'A date as YYYY-MM-DD.', 'notfound' );
	} else if ( values.missingSince > today ) {
		errors.missing_since = inFuture;
	}
	if ( values.dateOfBirth ) {
		if ( ! isDate( values.dateOfBirth ) ) {
			errors.date_of_birth = __( 'A date as YYYY-MM-DD.', 'notfound' );
		} else if ( values.dateOfBirth > today ) {
			errors.date_of_birth = inFuture;
		} else if (
			values.missingSince &&
			values.dateOfBirth > values.missingSince
		) {
			errors.date_of_birth = __(
				'The date of birth must come before the date missing.',
				'notfound'
			);
		}
	}
	if ( values.expires ) {
		if ( ! isDate( values.expires ) ) {
			errors.expires = __( 'A date as YYYY-MM-DD.', 'notfound' );
		} else if ( values.expires < today ) {
			errors.expires = __(
				'The date cannot be in the past.',
				'notfound'
			);
		} else if ( values.expires > latestExpiry( today ) ) {
			errors.expires = __(
				'At most one year from today: renew the poster when it is still needed.',
				'notfound'
			);
		}
	}
}
