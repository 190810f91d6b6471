/**
 * Client-side checks: each obvious mistake is reported under the server's field path, and a complete
 * poster passes.
 */
import { LIMITS, latestExpiry, validatePoster } from './validate';
import { SETTINGS, TODAY, validValues } from './test-values';

const context = {
	countries: SETTINGS.countries,
	needsPartner: false,
	today: TODAY,
};

describe( 'validatePoster', () => {
	it( 'accepts a complete poster', () => {
		expect( validatePoster( validValues(), context ) ).toEqual( {} );
	} );

	it( 'reports every missing required field at once', () => {
		const errors = validatePoster(
			{
				...validValues(),
				firstName: ' ',
				ageAtDisappearance: '',
				missingSince: '',
				place: '',
				country: '',
				subdivision: '',
				lat: '',
				lon: '',
				descriptions: [ { lang: 'en', text: '' } ],
				photos: [],
				caseUrl: '',
			},
			context
		);

		expect( Object.keys( errors ).sort() ).toEqual( [
			'age_at_disappearance',
			'case_url',
			'description.en',
			'first_name',
			'last_seen.country',
			'last_seen.lat',
			'last_seen.lon',
			'last_seen.place',
			'missing_since',
			'photos',
		] );
	} );

	it( "keeps to the server's limits, which bound the feed", () => {
		const values = validValues();
		const errors = validatePoster(
			{
				...values,
				firstName: 'a'.repeat( LIMITS.name + 1 ),
				place: 'a'.repeat( LIMITS.place + 1 ),
				descriptions: [
					{ lang: 'en', text: 'a'.repeat( LIMITS.description + 1 ) },
					...[
						'fr',
						'nl',
						'de',
						'it',
						'es',
						'pt',
						'pl',
						'ro',
						'el',
						'cs',
					].map( ( lang ) => ( { lang, text: 'Fictional.' } ) ),
				],
				photos: [
					{
						...values.photos[ 0 ],
						alt: 'a'.repeat( LIMITS.alt + 1 ),
					},
				],
				caseUrl: `https://example.org/${ 'a'.repeat( LIMITS.url ) }`,
			},
			context
		);

		expect( errors ).toEqual( {
			first_name: 'At most 100 characters.',
			'last_seen.place': 'At most 120 characters.',
			'description.en': 'At most 400 characters.',
			description: 'At most 10 languages.',
			'photos.0': 'At most 150 characters.',
			case_url: 'At most 500 characters.',
		} );
	} );

	it.each( [
		[ 'lat', '90.5', 'last_seen.lat' ],
		[ 'lat', '-91', 'last_seen.lat' ],
		[ 'lon', '180.01', 'last_seen.lon' ],
		[ 'lon', 'east', 'last_seen.lon' ],
	] )( 'rejects %s %s', ( key, value, path ) => {
		const errors = validatePoster(
			{ ...validValues(), [ key ]: value },
			context
		);
		expect( Object.keys( errors ) ).toEqual( [ path ] );
	} );

	it( 'accepts the extreme coordinates', () => {
		const values = { ...validValues(), lat: '-90', lon: '180' };
		expect( validatePoster( values, context ) ).toEqual( {} );
	} );

	it.each( [
		'javascript:alert(1)',
		'data:text/html,hi',
		'ftp://example.org/x',
		'example.org',
	] )( 'rejects the case URL %s', ( caseUrl ) => {
		const errors = validatePoster( { ...validValues(), caseUrl }, context );
		expect( Object.keys( errors ) ).toEqual( [ 'case_url' ] );
	} );

	it( 'wants a subdivision of the chosen country', () => {
		const values = {
			...validValues(),
			country: 'NL',
			subdivision: 'BE-VOV',
		};
		expect( Object.keys( validatePoster( values, context ) ) ).toEqual( [
			'last_seen.subdivision',
		] );
	} );

	it( 'rejects dates in the future and an expiry beyond a year', () => {
		const errors = validatePoster(
			{
				...validValues(),
				missingSince: '2026-11-30',
				expires: '2027-12-01',
			},
			context
		);
		expect( Object.keys( errors ).sort() ).toEqual( [
			'expires',
			'missing_since',
		] );
		expect( latestExpiry( TODAY ) ).toBe( '2027-11-29' );
	} );

	it( 'rejects an age beyond 25 and impossible dates', () => {
		const errors = validatePoster(
			{
				...validValues(),
				ageAtDisappearance: '26',
				dateOfBirth: '2014-02-30',
			},
			context
		);
		expect( Object.keys( errors ).sort() ).toEqual( [
			'age_at_disappearance',
			'date_of_birth',
		] );
	} );

	it( 'wants every added language written, and every photo described', () => {
		const values = validValues();
		values.descriptions[ 1 ].text = '';
		values.photos[ 0 ].alt = ' ';
		expect(
			Object.keys( validatePoster( values, context ) ).sort()
		).toEqual( [ 'description.nl', 'photos.0' ] );
	} );

	it( 'asks administrators for the organisation when creating', () => {
		const errors = validatePoster( validValues(), {
			...context,
			needsPartner: true,
		} );
		expect( Object.keys( errors ) ).toEqual( [ 'partner_id' ] );
	} );

	it( 'checks the hotline only when one is given', () => {
		expect(
			validatePoster(
				{ ...validValues(), hotline: '+32 116 000' },
				context
			)
		).toEqual( {} );
		expect(
			Object.keys(
				validatePoster(
					{ ...validValues(), hotline: 'call us' },
					context
				)
			)
		).toEqual( [ 'hotline' ] );
	} );
} );
