import { hubUrlError, isAddressOrRange, validateSettings } from './validate';
import { PAGE, storedSettings } from './test-values';

describe( 'validateSettings', () => {
	it( 'accepts the stored defaults', () => {
		expect( validateSettings( storedSettings(), PAGE.countries ) ).toEqual(
			{}
		);
	} );

	it( 'names every wrong field, counting characters as the server does', () => {
		const errors = validateSettings(
			storedSettings( {
				max_age_minutes: 10,
				poster_count: Number.NaN,
				hub_public_key: 'not-a-key',
				default_country: 'XX',
				intro_text: '😀'.repeat( 501 ),
			} ),
			PAGE.countries
		);
		expect( Object.keys( errors ).sort() ).toEqual( [
			'default_country',
			'hub_public_key',
			'intro_text',
			'max_age_minutes',
			'poster_count',
		] );
		expect(
			validateSettings(
				storedSettings( { intro_text: '😀'.repeat( 500 ) } ),
				PAGE.countries
			)
		).toEqual( {} );
	} );
} );

describe( 'hubUrlError', () => {
	it.each( [
		'https://hub.example.org',
		'http://localhost:8888',
		'http://127.0.0.1',
		'http://notfound.localhost',
	] )( 'accepts %s', ( url ) => {
		expect( hubUrlError( url ) ).toBeUndefined();
	} );

	it.each( [
		'http://hub.example.org',
		'ftp://hub.example.org',
		'hub.example.org',
		'',
	] )( 'refuses %s', ( url ) => {
		expect( hubUrlError( url ) ).toEqual( expect.any( String ) );
	} );
} );

describe( 'isAddressOrRange', () => {
	it.each( [
		'203.0.113.7',
		'10.0.0.0/8',
		'2001:db8::/32',
		'::1',
		'fe80::1:2',
	] )( 'accepts %s', ( line ) =>
		expect( isAddressOrRange( line ) ).toBe( true )
	);

	it.each( [
		'256.1.1.1',
		'10.0.0.0/33',
		'10.0.0.0/',
		'1.2.3.4/8/8',
		'2001:db8::/129',
		'example.org',
		'1:2',
		'1:::2',
	] )( 'refuses %s', ( line ) =>
		expect( isAddressOrRange( line ) ).toBe( false )
	);
} );
