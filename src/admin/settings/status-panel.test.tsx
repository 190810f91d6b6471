/**
 * The status panel: what the sync did in plain words, and "Sync now", whose failure is said and then
 * shown in the refreshed status.
 */
import apiFetch from '@wordpress/api-fetch';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { StatusPanel } from './status-panel';
import {
	COUNTRIES,
	clearNotices,
	noticeTexts,
	syncStatus,
} from './test-values';
import type { SyncStatus } from './types';

jest.mock( '@wordpress/api-fetch' );
const request = apiFetch as unknown as jest.Mock;

function renderPanel(
	status: SyncStatus | null = syncStatus(),
	loadError = ''
) {
	const onStatus = jest.fn();
	const onSynced = jest.fn();
	render(
		<StatusPanel
			status={ status }
			loadError={ loadError }
			onStatus={ onStatus }
			onSynced={ onSynced }
			countries={ COUNTRIES }
			locale="en_US"
		/>
	);
	return { onStatus, onSynced, user: userEvent.setup() };
}

beforeEach( () => {
	request.mockReset();
	clearNotices();
} );

describe( 'StatusPanel', () => {
	it( 'says how fresh the copy is and counts the posters per country by name', () => {
		renderPanel(
			syncStatus( {
				fresh: false,
				last_error: 'The hub answered HTTP 503.',
				failures: 3,
				next_sync_at: null,
				dropped: { 'demo-be-009': 'The photo is too small.' },
			} )
		);

		expect(
			screen.getByText( /The posters are out of date/ )
		).toBeTruthy();
		expect(
			screen.getByText(
				'The last sync failed (3 times in a row): The hub answered HTTP 503.'
			)
		).toBeTruthy();
		expect( screen.getByText( 'Not scheduled' ) ).toBeTruthy();
		const table = screen.getByRole( 'table', {
			name: 'Posters stored per country',
		} );
		expect(
			within( table )
				.getAllByRole( 'row' )
				.map( ( row ) => row.textContent )
		).toEqual( [ 'CountryPosters', 'Belgium5', 'France2' ] );
		expect(
			screen.getByText(
				'1 poster from the hub was invalid and is not shown'
			)
		).toBeTruthy();
	} );

	it( 'hands over the new status after Sync now', async () => {
		const synced = syncStatus( { stored: 9 } );
		request.mockResolvedValue( synced );
		const { user, onSynced } = renderPanel();

		await user.click( screen.getByRole( 'button', { name: 'Sync now' } ) );

		expect( request ).toHaveBeenCalledWith( {
			path: '/notfound/v1/sync',
			method: 'POST',
		} );
		await waitFor( () =>
			expect( onSynced ).toHaveBeenCalledWith( synced )
		);
	} );

	it( 'says why Sync now failed and reads the status again', async () => {
		const after = syncStatus( {
			last_error: 'Bad signature.',
			failures: 1,
		} );
		request
			.mockRejectedValueOnce( {
				code: 'notfound_bad_signature',
				message: 'Bad signature.',
			} )
			.mockResolvedValueOnce( after );
		const { user, onStatus, onSynced } = renderPanel();

		await user.click( screen.getByRole( 'button', { name: 'Sync now' } ) );

		await waitFor( () => expect( onStatus ).toHaveBeenCalledWith( after ) );
		expect( request ).toHaveBeenLastCalledWith( {
			path: '/notfound/v1/status',
		} );
		expect( noticeTexts() ).toEqual( [ 'Sync failed: Bad signature.' ] );
		expect( onSynced ).not.toHaveBeenCalled();
	} );

	it( 'says so when the status cannot be read', () => {
		renderPanel( null, 'No route was found.' );
		expect(
			screen.getByText(
				'The sync status could not be read: No route was found.'
			)
		).toBeTruthy();
	} );
} );
