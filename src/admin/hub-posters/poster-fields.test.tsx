/**
 * A withdrawn poster's row holds a tombstone: it is named by its id and shows a placeholder, never a photo.
 */
import { render } from '@testing-library/react';

import { childName, PosterPhoto } from './poster-fields';
import { storedPoster } from './test-values';
import type { ManagedPoster, WithdrawnPoster } from './types';

const TOMBSTONE: WithdrawnPoster = {
	id: 'be-tomb01',
	status: 'withdrawn',
	partner_id: 1,
	photo_ids: [],
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
