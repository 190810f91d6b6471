/**
 * The poster form: client-side errors and the server's per-field errors show next to their fields, the
 * first invalid field takes focus, and a valid poster is sent in the REST shape.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { PosterForm } from './poster-form';
import { SETTINGS, storedPoster } from './test-values';
import { latestExpiry, todayUtc } from './validate';

jest.mock( '@wordpress/api-fetch' );
const request = apiFetch as unknown as jest.Mock;

/**
 * The text an element's aria-describedby points to: where a field's error and hint are read.
 * @param element
 */
function descriptionOf( element: HTMLElement ): string {
	return ( element.getAttribute( 'aria-describedby' ) ?? '' )
		.split( ' ' )
		.map( ( id ) => document.getElementById( id )?.textContent ?? '' )
		.join( ' ' );
}

function renderForm(
	props: Partial< Parameters< typeof PosterForm >[ 0 ] > = {}
) {
	const onSaved = jest.fn();
	render(
		<PosterForm
			settings={ SETTINGS }
			onSaved={ onSaved }
			onCancel={ jest.fn() }
			{ ...props }
		/>
	);
	return { onSaved, user: userEvent.setup() };
}

beforeEach( () => {
	request.mockReset();
} );

describe( 'PosterForm', () => {
	it( 'marks each missing field, focuses the first and sends nothing', async () => {
		const { user } = renderForm();

		await user.click(
			screen.getByRole( 'button', { name: 'Publish poster' } )
		);

		const firstName = screen.getByRole( 'textbox', {
			name: 'First name (required)',
		} );
		expect( firstName.getAttribute( 'aria-invalid' ) ).toBe( 'true' );
		expect( descriptionOf( firstName ) ).toContain(
			'This field is required.'
		);
		await waitFor( () =>
			expect( firstName.ownerDocument.activeElement ).toBe( firstName )
		);
		const latitude = screen.getByRole( 'spinbutton', {
			name: 'Latitude (required)',
		} );
		expect( descriptionOf( latitude ) ).toContain(
			'A number from -90 to 90.'
		);
		expect(
			descriptionOf(
				screen.getByRole( 'textbox', {
					name: 'Description in English (required)',
				} )
			)
		).toContain( 'Describe the child in English.' );
		expect(
			descriptionOf(
				screen.getByRole( 'button', { name: 'Upload a photo' } )
			)
		).toContain( 'Add at least one photo.' );
		const summary =
			'The poster is not saved yet: correct the marked fields.';
		expect(
			screen.getByText( summary, { selector: '.components-notice p' } )
		).toBeTruthy();
		await waitFor( () =>
			expect(
				document.getElementById( 'a11y-speak-assertive' )?.textContent
			).toContain( summary )
		);
		expect( request ).not.toHaveBeenCalled();

		await user.type( firstName, 'Lotte' );
		expect( firstName.getAttribute( 'aria-invalid' ) ).toBeNull();
	} );

	it( "shows the server's errors next to their fields, and the others in the summary", async () => {
		request.mockRejectedValue( {
			code: 'notfound_invalid_poster',
			message: 'Invalid poster fields: id, last_seen.lat, photos.0',
			data: {
				status: 400,
				errors: {
					id: 'Use 1–64 lowercase letters, digits and hyphens.',
					'last_seen.lat': 'A number from -90 to 90 (server).',
					'photos.0': 'Choose an image from your own uploads.',
				},
			},
		} );
		const { user, onSaved } = renderForm( { poster: storedPoster() } );

		await user.click(
			screen.getByRole( 'button', { name: 'Save changes' } )
		);

		const latitude = await screen.findByRole( 'spinbutton', {
			name: 'Latitude (required)',
		} );
		await waitFor( () =>
			expect( latitude.getAttribute( 'aria-invalid' ) ).toBe( 'true' )
		);
		expect( descriptionOf( latitude ) ).toContain(
			'A number from -90 to 90 (server).'
		);
		expect(
			descriptionOf(
				screen.getByRole( 'textbox', {
					name: 'Alternative text of photo 1 (required)',
				} )
			)
		).toContain( 'Choose an image from your own uploads.' );
		expect(
			screen.getByText(
				'Invalid poster fields: id, last_seen.lat, photos.0',
				{
					selector: '.components-notice p',
				}
			)
		).toBeTruthy();
		expect(
			screen.getByText(
				'Use 1–64 lowercase letters, digits and hyphens.'
			).tagName
		).toBe( 'LI' );
		expect( onSaved ).not.toHaveBeenCalled();
	} );

	it( 'replaces the poster with the edited fields and hands the stored one on', async () => {
		const saved = {
			...storedPoster(),
			modified: '2026-11-29T12:00:00+00:00',
		};
		request.mockResolvedValue( saved );
		const { user, onSaved } = renderForm( { poster: storedPoster() } );

		const place = screen.getByRole( 'textbox', {
			name: 'Place (required)',
		} );
		await user.clear( place );
		await user.type( place, 'Ghent station' );
		await user.click(
			screen.getByRole( 'button', { name: 'Save changes' } )
		);

		await waitFor( () => expect( onSaved ).toHaveBeenCalledWith( saved ) );
		expect( request ).toHaveBeenCalledWith( {
			path: '/notfound/v1/posters/be-test-001',
			method: 'PUT',
			data: {
				first_name: 'Lotte',
				last_name: null,
				date_of_birth: null,
				age_at_disappearance: 12,
				missing_since: '2026-10-01',
				last_seen: {
					place: 'Ghent station',
					country: 'BE',
					subdivision: 'BE-VOV',
					lat: 51.05,
					lon: 3.72,
				},
				description: {
					en: 'About 1.50 m tall.',
					nl: 'Ongeveer 1,50 m.',
				},
				photos: [ { attachment_id: 7, alt: 'Portrait of Lotte' } ],
				case_url: 'https://kinderzoek-demo.example.org/cases/test',
				hotline: '116 000',
				expires: '2027-10-01',
			},
		} );
	} );

	describe( 'renewal', () => {
		const confirmation =
			'I reviewed every field of this poster, and it is still accurate and still needed (required)';

		it( 'lets an edit keep or shorten the run, and points to renewal for more', () => {
			renderForm( { poster: storedPoster() } );

			const until =
				screen.getByLabelText< HTMLInputElement >( 'Runs until' );
			expect( until.max ).toBe( '2027-10-01' );
			expect( descriptionOf( until ) ).toContain(
				'Leave empty to keep the current date. To run the poster longer, renew it.'
			);
		} );

		it( 'renews nothing until the review is confirmed', async () => {
			const { user, onSaved } = renderForm( {
				poster: storedPoster(),
				renew: true,
			} );

			await user.click(
				screen.getByRole( 'button', { name: 'Renew poster' } )
			);

			const checkbox = screen.getByRole( 'checkbox', {
				name: confirmation,
			} );
			expect( checkbox.getAttribute( 'aria-invalid' ) ).toBe( 'true' );
			expect( descriptionOf( checkbox ) ).toContain(
				'Confirm that you reviewed the poster to renew it.'
			);
			await waitFor( () =>
				expect( checkbox.ownerDocument.activeElement ).toBe( checkbox )
			);
			expect( request ).not.toHaveBeenCalled();
			expect( onSaved ).not.toHaveBeenCalled();
		} );

		it( 'sends the reviewed poster to the renew route, running a year from today', async () => {
			const renewed = { ...storedPoster(), expires: '2027-12-04' };
			request.mockResolvedValue( renewed );
			const { user, onSaved } = renderForm( {
				poster: storedPoster(),
				renew: true,
			} );
			const until = latestExpiry( todayUtc() );

			expect(
				screen.getByLabelText< HTMLInputElement >( 'Runs until' ).value
			).toBe( until );
			const checkbox = screen.getByRole( 'checkbox', {
				name: confirmation,
			} );
			expect( descriptionOf( checkbox ) ).toContain(
				'Once renewed, the poster runs until'
			);
			await user.click( checkbox );
			await user.click(
				screen.getByRole( 'button', { name: 'Renew poster' } )
			);

			await waitFor( () =>
				expect( onSaved ).toHaveBeenCalledWith( renewed )
			);
			expect( request ).toHaveBeenCalledWith( {
				path: '/notfound/v1/posters/be-test-001/renew',
				method: 'POST',
				data: expect.objectContaining( {
					first_name: 'Lotte',
					expires: until,
					reviewed: true,
				} ),
			} );
		} );
	} );

	describe( 'photos', () => {
		const decodedAs = ( width: number, height: number ) => {
			window.createImageBitmap = jest
				.fn()
				.mockResolvedValue( { width, height, close: jest.fn() } );
		};
		const chooseFile = ( user: ReturnType< typeof userEvent.setup > ) =>
			user.upload(
				screen.getByTestId< HTMLInputElement >(
					'form-file-upload-input'
				),
				new File( [ 'png' ], 'portrait.png', { type: 'image/png' } )
			);

		it( 'uploads a photo to the media library and shows it with its alternative text', async () => {
			decodedAs( 400, 500 );
			request.mockResolvedValue( {
				id: 12,
				source_url: 'https://hub.example.org/portrait.png',
			} );
			const { user } = renderForm();

			await chooseFile( user );

			const alt = await screen.findByRole( 'textbox', {
				name: 'Alternative text of photo 1 (required)',
			} );
			expect( request ).toHaveBeenCalledWith(
				expect.objectContaining( {
					path: '/wp/v2/media',
					method: 'POST',
				} )
			);
			await user.type( alt, 'Drawing of a smiling girl' );
			const image = screen.getByRole< HTMLImageElement >( 'img', {
				name: 'Drawing of a smiling girl',
			} );
			expect( image.src ).toBe( 'https://hub.example.org/portrait.png' );
		} );

		it( 'refuses a photo that is too small, before uploading it', async () => {
			decodedAs( 200, 200 );
			const { user } = renderForm();

			await chooseFile( user );

			expect(
				await screen.findByText(
					'Images must be 300 to 6000 pixels on each side and at most 10 MB.'
				)
			).toBeTruthy();
			expect( request ).not.toHaveBeenCalled();
		} );
	} );
} );
