import { failureMessage } from '../shared/failure';
import { describeSaveFailure } from './save-failure';

describe( 'describeSaveFailure', () => {
	it( 'puts core’s message on the field it names, nested items included', () => {
		const message =
			'notfound_settings[regions][0] does not match pattern ^[A-Z]{2}$.';
		expect(
			describeSaveFailure( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): notfound_settings',
				data: { status: 400, params: { notfound_settings: message } },
			} )
		).toEqual( { message, fields: { regions: message } } );
	} );

	it( 'keeps a message that names no known field for the notice only', () => {
		const message =
			'notfound_settings[colour] is not a valid property of Object.';
		expect(
			describeSaveFailure( {
				code: 'rest_invalid_param',
				data: { params: { notfound_settings: message } },
			} )
		).toEqual( { message, fields: {} } );
	} );

	it( 'falls back to the error’s own message, or a generic one', () => {
		expect(
			describeSaveFailure( {
				code: 'rest_cookie_invalid_nonce',
				message: 'Cookie check failed',
			} )
		).toEqual( { message: 'Cookie check failed', fields: {} } );
		expect( failureMessage( new SyntaxError( '' ) ) ).toMatch(
			/could not be reached/
		);
		expect( failureMessage( null ) ).toMatch( /could not be reached/ );
	} );
} );
