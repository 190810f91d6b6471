/**
 * The "Poster displays on this site" panel: the counts, and the report to the hub in plain words.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen } from '@testing-library/react';

import { DisplaysPanel } from './displays-panel';
import type { DisplaySummary } from './types';

jest.mock( '@wordpress/api-fetch' );
const request = apiFetch as unknown as jest.Mock;

function summary( changes: Partial< DisplaySummary > = {} ): DisplaySummary {
	return {
		counting: true,
		today: 12,
		last_7_days: 1234,
		last_30_days: 5678,
		report: {
			registered: true,
			reported_through: '2026-11-28',
			last_report_at: 1_800_000_000,
			last_error: '',
		},
		...changes,
	};
}

function factOf( term: string ) {
	return screen.getByText( term ).nextElementSibling?.textContent;
}

beforeEach( () => request.mockReset() );

describe( 'DisplaysPanel', () => {
	it( 'shows today’s, the week’s and the month’s displays and the last report', async () => {
		request.mockResolvedValue( summary() );

		render( <DisplaysPanel locale="en_US" /> );

		expect( await screen.findByText( 'Today' ) ).toBeTruthy();
		expect( request ).toHaveBeenCalledWith( {
			path: '/notfound/v1/displays',
		} );
		expect( factOf( 'Today' ) ).toBe( '12' );
		expect( factOf( 'Last 7 days' ) ).toBe( '1,234' );
		expect( factOf( 'Last 30 days' ) ).toBe( '5,678' );
		expect(
			screen.getByText(
				/Last reported to the hub on .*, up to 2026-11-28\./
			)
		).toBeTruthy();
	} );

	it( 'says why the last report failed', async () => {
		request.mockResolvedValue(
			summary( {
				report: {
					registered: true,
					reported_through: null,
					last_report_at: null,
					last_error:
						'The hub did not register this site: HTTP status 503',
				},
			} )
		);

		render( <DisplaysPanel locale="en_US" /> );

		expect(
			await screen.findByText(
				/The last report to the hub failed: The hub did not register this site: HTTP status 503/
			)
		).toBeTruthy();
	} );

	it( 'says when counting is off, and sends no report', async () => {
		request.mockResolvedValue( summary( { counting: false } ) );

		render( <DisplaysPanel locale="en_US" /> );

		expect( await screen.findByText( 'Counting is off.' ) ).toBeTruthy();
		expect( screen.queryByText( /reported/ ) ).toBeNull();
	} );

	it( 'says when the counts cannot be read', async () => {
		request.mockRejectedValue( {
			code: 'rest_forbidden',
			message: 'Sorry, you are not allowed to do that.',
		} );

		render( <DisplaysPanel locale="en_US" /> );

		expect(
			await screen.findByText( 'Sorry, you are not allowed to do that.', {
				// The notice, not wp.a11y's copy for screen readers.
				selector: '.components-notice__content',
			} )
		).toBeTruthy();
	} );
} );
