/**
 * The partner form sends the organisation as the partners route takes it, and puts the route's own
 * argument errors on their fields.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { EMPTY_PARTNER, PartnerForm } from './partner-form';
import { COUNTRIES, descriptionOf } from './test-values';

jest.mock( '@wordpress/api-fetch' );
const request = apiFetch as unknown as jest.Mock;

beforeEach( () => {
	request.mockReset();
} );

function renderForm() {
	const onSaved = jest.fn();
	render(
		<PartnerForm
			initial={ EMPTY_PARTNER }
			countries={ COUNTRIES }
			onSaved={ onSaved }
		/>
	);
	return { onSaved, user: userEvent.setup() };
}

describe( 'PartnerForm', () => {
	it( 'shows the route’s errors on their fields and saves nothing', async () => {
		request.mockRejectedValue( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): slug, website',
			data: {
				status: 400,
				params: {
					slug: 'slug does not match pattern ^[a-z0-9][a-z0-9-]{1,63}$.',
					website: 'website is not a valid URI.',
				},
			},
		} );
		const { onSaved, user } = renderForm();

		await user.type(
			screen.getByRole( 'textbox', { name: 'Slug' } ),
			'Bad Slug'
		);
		await user.click(
			screen.getByRole( 'button', { name: 'Save partner' } )
		);

		const slug = screen.getByRole( 'textbox', { name: 'Slug' } );
		await waitFor( () =>
			expect( slug.getAttribute( 'aria-invalid' ) ).toBe( 'true' )
		);
		expect( descriptionOf( slug ) ).toContain( 'does not match pattern' );
		expect(
			descriptionOf( screen.getByRole( 'textbox', { name: 'Website' } ) )
		).toContain( 'website is not a valid URI.' );
		expect( request ).toHaveBeenCalledWith( {
			path: '/notfound/v1/partners',
			method: 'POST',
			data: { ...EMPTY_PARTNER, slug: 'Bad Slug' },
		} );
		expect( onSaved ).not.toHaveBeenCalled();
	} );

	it( 'sends the quota the hub admin sets', async () => {
		request.mockResolvedValue( { ...EMPTY_PARTNER, id: 7, quota: 250 } );
		const { onSaved, user } = renderForm();
		const quota = screen.getByRole( 'spinbutton', {
			name: 'Quota of active posters',
		} );
		expect( ( quota as HTMLInputElement ).value ).toBe( '100' );

		await user.clear( quota );
		await user.type( quota, '250' );
		await user.click(
			screen.getByRole( 'button', { name: 'Save partner' } )
		);

		await waitFor( () => expect( onSaved ).toHaveBeenCalled() );
		expect( request ).toHaveBeenCalledWith(
			expect.objectContaining( {
				data: expect.objectContaining( { quota: 250 } ),
			} )
		);
	} );
} );
