/**
 * The Statistics screen: figures for the chosen period and organisation, in tables anyone can read, and
 * the CSV. (The chart itself is drawn in Chromium by the Playwright test; jsdom has no layout.)
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { App } from './app';
import type { AppSettings, Statistics } from './types';

jest.mock( '@wordpress/api-fetch' );
const request = apiFetch as unknown as jest.Mock;

// jsdom has no ResizeObserver; the chart's container only needs one to exist.
window.ResizeObserver = class {
	observe() {}
	unobserve() {}
	disconnect() {}
};

const STATISTICS: Statistics = {
	from: '2026-10-31',
	to: '2026-11-29',
	partner: null,
	total: 1500,
	sites: 3,
	per_day: [
		{ day: '2026-11-28', displays: 1000 },
		{ day: '2026-11-29', displays: 500 },
	],
	by_country: [
		{ country: 'BE', displays: 400 },
		{ country: 'FR', displays: 1000 },
		{ country: 'ZZ', displays: 100 },
	],
	top_posters: [
		{ id: 'demo-fr-001', name: 'Inès', partner: 'Lanterne', displays: 900 },
	],
};

const ADMIN: AppSettings = {
	isAdmin: true,
	locale: 'en_US',
	partners: [ { id: 7, name: 'Lanterne Enfance' } ],
};

beforeEach( () => request.mockReset() );

describe( 'Statistics App', () => {
	it( 'shows the totals, the displays by country and the top posters', async () => {
		request.mockResolvedValue( STATISTICS );

		render( <App settings={ ADMIN } /> );

		expect(
			await screen.findByText( '1,500 displays, reported by 3 sites.' )
		).toBeTruthy();
		const countries = screen.getByRole( 'table', {
			name: 'Displays by visitors’ country',
		} );
		expect(
			within( countries )
				.getAllByRole( 'rowheader' )
				.map( ( cell ) => cell.textContent )
		).toEqual( [ 'France', 'Belgium', 'Unknown country' ] );
		expect(
			within(
				screen.getByRole( 'table', { name: 'Most displayed posters' } )
			).getByText( 'Lanterne' )
		).toBeTruthy();
		expect(
			within(
				screen.getByRole( 'table', { name: 'Displays per day' } )
			).getByText( '1,000' )
		).toBeTruthy();
	} );

	it( 'asks again for the chosen period and organisation', async () => {
		request.mockResolvedValue( STATISTICS );
		const user = userEvent.setup();
		render( <App settings={ ADMIN } /> );
		await screen.findByText( /displays, reported by/ );

		await user.selectOptions(
			screen.getByRole( 'combobox', { name: 'Period' } ),
			'Last 7 days'
		);
		await user.selectOptions(
			screen.getByRole( 'combobox', { name: 'Organisation' } ),
			'Lanterne Enfance'
		);

		await waitFor( () =>
			expect( request ).toHaveBeenLastCalledWith( {
				path: expect.stringMatching(
					/^\/notfound\/v1\/statistics\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&partner=7$/
				),
			} )
		);
	} );

	it( 'offers no organisation choice to a partner, and says why figures are missing', async () => {
		request.mockRejectedValue( {
			code: 'rest_forbidden',
			message: 'Sorry, you are not allowed to do that.',
		} );

		render(
			<App
				settings={ { isAdmin: false, locale: 'en_US', partners: [] } }
			/>
		);

		expect(
			await screen.findByText( 'Sorry, you are not allowed to do that.', {
				// The notice, not wp.a11y's copy for screen readers.
				selector: '.components-notice__content',
			} )
		).toBeTruthy();
		expect(
			screen.queryByRole( 'combobox', { name: 'Organisation' } )
		).toBeNull();
	} );
} );
