/**
 * The list's columns: Expires (the localised date, and the days left once the end is near), and a withdrawn
 * poster's row, which holds a tombstone: named by its id, with a placeholder, never a photo.
 */
import { render, screen } from '@testing-library/react';

import { childName, PosterPhoto, posterFields } from './poster-fields';
import { storedPoster } from './test-values';
import type { ManagedPoster, WithdrawnPoster } from './types';

const TOMBSTONE: WithdrawnPoster = {
	id: 'be-tomb01',
	status: 'withdrawn',
	partner_id: 1,
	photo_ids: [],
	expires: '2026-12-01',
	modified: '2026-12-01T10:00:00',
	poster: {
		id: 'be-tomb01',
		withdrawn_at: '2026-12-01T10:00:00+00:00',
		reason: 'consent_withdrawn',
	},
};

function photoCell( item: ManagedPoster ): HTMLElement {
	return render( <PosterPhoto item={ item } /> ).container;
}

test( 'a withdrawn poster is named by its id only', () => {
	expect( childName( TOMBSTONE ) ).toBe( 'Withdrawn poster be-tomb01' );
} );

test( 'a withdrawn poster shows a placeholder instead of a photo', () => {
	const cell = photoCell( TOMBSTONE );

	expect( cell.querySelector( 'img' ) ).toBeNull();
	expect( cell.querySelector( '.is-placeholder' ) ).not.toBeNull();
} );

test( 'an active poster shows its photo', () => {
	expect( photoCell( storedPoster() ).querySelector( 'img' ) ).not.toBeNull();
} );

function renderExpires( item: ManagedPoster ) {
	const field = posterFields( [ 'BE' ], false ).find(
		( candidate ) => candidate.id === 'expires'
	);
	const Render = field?.render;
	if ( ! Render ) {
		throw new Error( 'No Expires column.' );
	}
	return render( <Render item={ item } field={ field as never } /> );
}

beforeEach( () => {
	jest.useFakeTimers().setSystemTime( new Date( '2026-11-29T10:00:00Z' ) );
} );

afterEach( () => {
	jest.useRealTimers();
} );

describe( 'the Expires column', () => {
	it( 'shows a far expiry as a date alone', () => {
		const { container } = renderExpires( storedPoster() );

		expect( container.textContent ).toBe( 'Oct 1, 2027' );
	} );

	it( 'adds the days left once the end is near', () => {
		renderExpires( { ...storedPoster(), expires: '2026-12-13' } );

		expect( screen.getByText( /Expires in 14 days/ ) ).toBeTruthy();
		expect( screen.getByText( /Dec 13, 2026/ ) ).toBeTruthy();
	} );

	it( 'says a past day is expired, and nothing of a withdrawn poster’s end', () => {
		renderExpires( { ...storedPoster(), expires: '2026-11-28' } );
		expect( screen.getByText( /Expired/ ) ).toBeTruthy();

		const { container } = renderExpires( TOMBSTONE );
		expect( container.textContent ).toBe( 'Dec 1, 2026' );
	} );
} );
