/**
 * The live preview asks the server for the chosen country's posters and shows its markup; a failure is
 * said in words.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { PreviewPanel } from './preview-panel';
import { COUNTRIES, SHOWN } from './test-values';

jest.mock( '@wordpress/api-fetch' );
const request = apiFetch as unknown as jest.Mock;

const poster = ( id: string ) =>
	`<div class="wp-block-notfound-poster-carousel"><article data-poster-id="${ id }"><h3>${ id }</h3></article></div>`;

beforeEach( () => {
	request.mockReset();
} );

describe( 'PreviewPanel', () => {
	it( 'shows the posters a visitor from the chosen country would see', async () => {
		request.mockImplementation( ( { path }: { path: string } ) =>
			Promise.resolve( {
				html: poster(
					path.includes( 'country=FR' )
						? 'demo-fr-001'
						: 'demo-be-001'
				),
			} )
		);
		render(
			<PreviewPanel
				countries={ COUNTRIES }
				initialCountry="BE"
				count={ 6 }
				version={ 0 }
			/>
		);

		expect(
			await screen.findByRole( 'heading', { name: 'demo-be-001' } )
		).toBeTruthy();
		expect( request ).toHaveBeenCalledWith( {
			path: '/notfound/v1/preview?country=BE&count=6',
		} );

		await userEvent
			.setup()
			.selectOptions(
				screen.getByRole( 'combobox', { name: 'Visitor’s country' } ),
				'France'
			);

		expect(
			await screen.findByRole( 'heading', { name: 'demo-fr-001' } )
		).toBeTruthy();
		expect(
			screen.queryByRole( 'heading', { name: 'demo-be-001' } )
		).toBeNull();
	} );

	it( 'asks again when the version changes, and says why it failed', async () => {
		request
			.mockResolvedValueOnce( { html: poster( 'demo-be-001' ) } )
			.mockRejectedValueOnce( {
				code: 'rest_no_route',
				message: 'No route was found.',
			} );
		const { rerender } = render(
			<PreviewPanel
				countries={ COUNTRIES }
				initialCountry="BE"
				count={ 6 }
				version={ 0 }
			/>
		);
		await screen.findByRole( 'heading', { name: 'demo-be-001' } );

		rerender(
			<PreviewPanel
				countries={ COUNTRIES }
				initialCountry="BE"
				count={ 6 }
				version={ 1 }
			/>
		);

		expect(
			await screen.findByText(
				'The preview could not be loaded: No route was found.',
				SHOWN
			)
		).toBeTruthy();
	} );
} );
