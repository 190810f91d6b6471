/**
 * Country and language names in the user's language, from the browser's Intl data rather than lists
 * shipped with the plugin.
 */

export interface NamedOption {
	value: string;
	label: string;
}

/** Languages a description is commonly written in: Europe's, and the largest of its communities. */
export const DESCRIPTION_LANGUAGES = (
	'ar bg bs ca cs cy da de el en es et eu fi fr ga gl hr hu is it lb lt lv mk mt nl no pl pt ro ru ' +
	'sk sl sq sr sv tr uk'
).split( ' ' );

/** The admin's language: WordPress sets it on the html element. */
export function userLocale(): string {
	return document.documentElement.lang || 'en';
}

function named(
	codes: string[],
	type: 'region' | 'language',
	locale: string
): NamedOption[] {
	const names = new Intl.DisplayNames( [ locale, 'en' ], {
		type,
		fallback: 'code',
	} );
	return codes
		.map( ( code ) => ( { value: code, label: names.of( code ) ?? code } ) )
		.sort( ( a, b ) => a.label.localeCompare( b.label, locale ) );
}

export function countryOptions(
	codes: string[],
	locale = userLocale()
): NamedOption[] {
	return named( codes, 'region', locale );
}

export function languageOptions(
	codes: string[],
	locale = userLocale()
): NamedOption[] {
	return named( codes, 'language', locale );
}

export function languageName( code: string, locale = userLocale() ): string {
	return named( [ code ], 'language', locale )[ 0 ].label;
}

export function countryName( code: string, locale = userLocale() ): string {
	return named( [ code ], 'region', locale )[ 0 ].label;
}

/**
 * A YYYY-MM-DD date as the user writes dates, e.g. 14 Mar 2026.
 * @param date
 * @param locale
 */
export function formatDate( date: string, locale = userLocale() ): string {
	const parsed = new Date( `${ date }T00:00:00Z` );
	return Number.isNaN( parsed.getTime() )
		? date
		: new Intl.DateTimeFormat( locale, {
				dateStyle: 'medium',
				timeZone: 'UTC',
			} ).format( parsed );
}
