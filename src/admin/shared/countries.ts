/**
 * Country and language names in the admin's language, from the browser's own data (Intl.DisplayNames).
 */

export interface Country {
	code: string;
	name: string;
}

/**
 * A WordPress locale (fr_FR, de_DE_formal) as a BCP 47 tag Intl understands (fr-FR, de-DE).
 * @param locale
 */
export function languageTag( locale: string ): string {
	const [ language, region ] = locale.split( '_' );
	const tag = region ? `${ language }-${ region }` : language;
	try {
		return Intl.getCanonicalLocales( tag )[ 0 ] ?? 'en';
	} catch {
		return 'en';
	}
}

function displayNames(
	locale: string,
	type: 'region' | 'language'
): Intl.DisplayNames {
	return new Intl.DisplayNames( [ languageTag( locale ), 'en' ], {
		type,
		fallback: 'code',
	} );
}

/**
 * The countries with their names in the locale, sorted by name as that language sorts.
 * @param codes  ISO 3166-1 alpha-2 codes.
 * @param locale A WordPress locale.
 */
export function countriesByName(
	codes: ReadonlyArray< string >,
	locale: string
): Country[] {
	const names = displayNames( locale, 'region' );
	const collator = new Intl.Collator( languageTag( locale ) );
	return codes
		.map( ( code ) => ( { code, name: names.of( code ) ?? code } ) )
		.sort( ( a, b ) => collator.compare( a.name, b.name ) );
}

/**
 * The name of a WordPress locale's language, in another locale: "French (France)".
 * @param locale   The locale to name.
 * @param inLocale The language to name it in.
 */
export function languageName( locale: string, inLocale: string ): string {
	return (
		displayNames( inLocale, 'language' ).of( languageTag( locale ) ) ??
		locale
	);
}
