/**
 * The list's Expires column: the localised date, and the days left once the end is near.
 */
import { render, screen } from '@testing-library/react';

import { posterFields } from './poster-fields';
import { storedPoster } from './test-values';
import type { ManagedPoster } from './types';

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

		const { container } = renderExpires( {
			...storedPoster(),
			status: 'withdrawn',
			expires: '2026-12-01',
		} );
		expect( container.textContent ).toBe( 'Dec 1, 2026' );
	} );
} );
