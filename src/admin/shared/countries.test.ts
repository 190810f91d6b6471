import { countriesByName, languageName, languageTag } from './countries';

describe( 'countries', () => {
	it( 'turns WordPress locales into language tags, and nonsense into English', () => {
		expect( languageTag( 'fr_FR' ) ).toBe( 'fr-FR' );
		expect( languageTag( 'de_DE_formal' ) ).toBe( 'de-DE' );
		expect( languageTag( 'nl' ) ).toBe( 'nl' );
		expect( languageTag( '!!' ) ).toBe( 'en' );
	} );

	it( 'names and sorts countries in the admin’s language', () => {
		expect( countriesByName( [ 'DE', 'BE', 'FR' ], 'fr_FR' ) ).toEqual( [
			{ code: 'DE', name: 'Allemagne' },
			{ code: 'BE', name: 'Belgique' },
			{ code: 'FR', name: 'France' },
		] );
		expect(
			countriesByName( [ 'DE', 'BE' ], 'en_US' ).map(
				( { name } ) => name
			)
		).toEqual( [ 'Belgium', 'Germany' ] );
	} );

	it( 'names a language in another', () => {
		expect( languageName( 'fr_FR', 'en_US' ) ).toBe( 'French (France)' );
	} );
} );
