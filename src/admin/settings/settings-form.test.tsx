/**
 * The settings form: the obvious mistakes are named on their fields before anything is sent, the
 * server's 400 lands on the field its message names, and a valid save sends every field.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { SettingsForm } from './settings-form';
import {
	COUNTRIES,
	PAGE,
	SHOWN,
	clearNotices,
	descriptionOf,
	noticeTexts,
	storedSettings,
} from './test-values';

jest.mock( '@wordpress/api-fetch' );
const request = apiFetch as unknown as jest.Mock;

function renderForm() {
	const onSaved = jest.fn();
	render(
		<SettingsForm
			saved={ storedSettings() }
			savedKeyId="0123456789abcdef"
			page={ PAGE }
			countries={ COUNTRIES }
			onSaved={ onSaved }
		/>
	);
	return { onSaved, user: userEvent.setup() };
}

const save = () => screen.getByRole( 'button', { name: 'Save settings' } );

beforeEach( () => {
	request.mockReset();
	clearNotices();
} );

describe( 'SettingsForm', () => {
	it( 'names each wrong field, focuses the first and sends nothing', async () => {
		const { user } = renderForm();
		const count = screen.getByRole( 'spinbutton', {
			name: 'Number of posters',
		} );
		const proxies = screen.getByRole( 'textbox', {
			name: 'Trusted proxies',
		} );
		const hub = screen.getByRole( 'textbox', { name: 'Hub address' } );

		await user.clear( count );
		await user.type( count, '20' );
		await user.type( proxies, '10.0.0.0/8{Enter}not-an-address' );
		await user.clear( hub );
		await user.type( hub, 'http://hub.example.org' );
		await user.click( save() );

		expect( count.getAttribute( 'aria-invalid' ) ).toBe( 'true' );
		expect( descriptionOf( count ) ).toContain(
			'Enter a whole number from 1 to 12.'
		);
		expect( descriptionOf( proxies ) ).toContain(
			'Not an IP address or CIDR range: not-an-address'
		);
		expect( descriptionOf( hub ) ).toContain( 'must start with https://' );
		await waitFor( () =>
			expect( count.ownerDocument.activeElement ).toBe( count )
		);
		expect( noticeTexts() ).toEqual( [
			'Settings not saved: correct the marked fields.',
		] );
		expect( request ).not.toHaveBeenCalled();

		await user.type( count, '{Backspace}' );
		expect( count.getAttribute( 'aria-invalid' ) ).toBeNull();
	} );

	it( 'puts the server’s 400 on the field its message names, and keeps the edits', async () => {
		const message =
			'notfound_settings[max_age_minutes] must be between 15 (inclusive) and 1440 (inclusive).';
		request.mockRejectedValue( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): notfound_settings',
			data: { status: 400, params: { notfound_settings: message } },
		} );
		const { user, onSaved } = renderForm();
		const maxAge = screen.getByRole( 'spinbutton', {
			name: 'Maximum age of the posters (minutes)',
		} );

		await user.clear( maxAge );
		await user.type( maxAge, '90' );
		await user.click( save() );

		await waitFor( () =>
			expect( maxAge.getAttribute( 'aria-invalid' ) ).toBe( 'true' )
		);
		expect( descriptionOf( maxAge ) ).toContain( message );
		expect( noticeTexts() ).toEqual( [
			`Settings not saved: ${ message }`,
		] );
		expect( ( maxAge as HTMLInputElement ).value ).toBe( '90' );
		expect( onSaved ).not.toHaveBeenCalled();
	} );

	it( 'offers the seconds per poster only with rotation on, and checks them', async () => {
		const { user } = renderForm();
		expect(
			screen.queryByRole( 'spinbutton', { name: 'Seconds per poster' } )
		).toBeNull();

		await user.click(
			screen.getByRole( 'checkbox', { name: 'Rotate the posters' } )
		);
		const seconds = screen.getByRole( 'spinbutton', {
			name: 'Seconds per poster',
		} );
		await user.clear( seconds );
		await user.type( seconds, '2' );
		await user.click( save() );

		expect( request ).not.toHaveBeenCalled();
		expect( descriptionOf( seconds ) ).toContain(
			'Enter a whole number from 5 to 30.'
		);
	} );

	it( 'turns display counting off, and refuses a retention outside its range', async () => {
		request.mockImplementation( ( { data } ) => Promise.resolve( data ) );
		const { user, onSaved } = renderForm();
		const retention = screen.getByRole( 'spinbutton', {
			name: 'Keep the counts for (days)',
		} );

		await user.click(
			screen.getByRole( 'checkbox', { name: 'Count poster displays' } )
		);
		await user.clear( retention );
		await user.type( retention, '10' );
		await user.click( save() );

		expect( request ).not.toHaveBeenCalled();
		expect( descriptionOf( retention ) ).toContain(
			'Enter a whole number from 30 to 1000.'
		);

		await user.clear( retention );
		await user.type( retention, '90' );
		await user.click( save() );

		await waitFor( () =>
			expect( onSaved ).toHaveBeenCalledWith(
				storedSettings( { count_displays: false, retention_days: 90 } )
			)
		);
	} );

	it( 'saves every field at once and says so', async () => {
		request.mockImplementation( ( { data } ) => Promise.resolve( data ) );
		const { user, onSaved } = renderForm();

		await user.type(
			screen.getByRole( 'combobox', { name: 'Countries to show' } ),
			'Fran'
		);
		await user.click(
			within( screen.getByRole( 'listbox' ) ).getByRole( 'option', {
				name: 'France',
			} )
		);
		await user.type(
			screen.getByRole( 'textbox', { name: 'Trusted proxies' } ),
			' 203.0.113.7 {Enter}{Enter}2001:db8::/32'
		);
		await user.click( save() );

		const expected = storedSettings( {
			regions: [ 'FR' ],
			trusted_proxies: [ '203.0.113.7', '2001:db8::/32' ],
		} );
		await waitFor( () =>
			expect( onSaved ).toHaveBeenCalledWith( expected )
		);
		expect( request ).toHaveBeenCalledWith( {
			path: '/wp/v2/settings',
			method: 'POST',
			data: { notfound_settings: expected },
		} );
		expect( noticeTexts() ).toEqual( [ 'Settings saved.' ] );
	} );

	it( 'pins a hub’s key only after it verified, and only by saving', async () => {
		const verified = {
			public_key: 'B'.repeat( 43 ) + '=',
			key_id: 'fedcba9876543210',
			signature_valid: true,
			posters: 12,
		};
		request.mockResolvedValueOnce( verified );
		const { user } = renderForm();

		expect( screen.getByText( '0123456789abcdef' ) ).toBeTruthy();
		await user.click(
			screen.getByRole( 'button', { name: 'Fetch and verify' } )
		);
		expect( request ).toHaveBeenCalledWith( {
			path: '/notfound/v1/hub/verify',
			method: 'POST',
			data: { hub_url: 'https://hub.example.org' },
		} );
		await user.click(
			await screen.findByRole( 'button', { name: 'Use this key' } )
		);
		expect(
			screen.getByText( /^Key to pin when you save:/ ).textContent
		).toBe( 'Key to pin when you save: fedcba9876543210' );
		expect(
			screen.queryByRole( 'button', { name: 'Use this key' } )
		).toBeNull();

		request.mockImplementation( ( { data } ) => Promise.resolve( data ) );
		await user.click( save() );
		await waitFor( () =>
			expect( request ).toHaveBeenLastCalledWith(
				expect.objectContaining( {
					data: {
						notfound_settings: storedSettings( {
							hub_public_key: verified.public_key,
						} ),
					},
				} )
			)
		);
	} );

	it( 'warns that a pinned key belongs to the previous hub when the address changes', async () => {
		const { user } = renderForm();
		const hub = screen.getByRole( 'textbox', { name: 'Hub address' } );

		await user.clear( hub );
		await user.type( hub, 'https://other-hub.example.org' );

		expect(
			screen.getByText( /It is the previous hub’s key/ ).textContent
		).toContain( '0123456789abcdef' );
	} );

	it( 'refuses to offer a key whose signature does not verify, and shows a failed fetch', async () => {
		request
			.mockResolvedValueOnce( {
				public_key: 'C'.repeat( 43 ) + '=',
				key_id: 'badbadbadbadbadb',
				signature_valid: false,
				posters: 0,
			} )
			.mockRejectedValueOnce( {
				code: 'notfound_hub_unreachable',
				message: 'No NotFound hub answered at this address.',
			} );
		const { user } = renderForm();
		const fetchKey = screen.getByRole( 'button', {
			name: 'Fetch and verify',
		} );

		await user.click( fetchKey );
		expect(
			await screen.findByText(
				/does not verify with it\. Do not pin it/,
				SHOWN
			)
		).toBeTruthy();
		expect(
			screen.queryByRole( 'button', { name: 'Use this key' } )
		).toBeNull();

		await user.click( fetchKey );
		expect(
			await screen.findByText(
				'No NotFound hub answered at this address.',
				SHOWN
			)
		).toBeTruthy();
	} );
} );
