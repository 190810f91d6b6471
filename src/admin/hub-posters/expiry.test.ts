/**
 * The list's expiry note: silent while the end is far, counting the days once it is near.
 */
import { daysUntil, expiryNote } from './expiry';

describe( 'expiry', () => {
	it( 'counts whole days between UTC dates, across months and years', () => {
		expect( daysUntil( '2026-12-13', '2026-11-29' ) ).toBe( 14 );
		expect( daysUntil( '2027-01-01', '2026-12-31' ) ).toBe( 1 );
		expect( daysUntil( '2026-11-28', '2026-11-29' ) ).toBe( -1 );
	} );

	it( 'says nothing while the end is more than 30 days away', () => {
		expect( expiryNote( '2027-11-29', '2026-11-29' ) ).toBeNull();
		expect( expiryNote( '2026-12-30', '2026-11-29' ) ).toBeNull();
	} );

	it( 'counts the days left once near, then says expired', () => {
		expect( expiryNote( '2026-12-29', '2026-11-29' ) ).toBe(
			'Expires in 30 days'
		);
		expect( expiryNote( '2026-11-30', '2026-11-29' ) ).toBe(
			'Expires in 1 day'
		);
		expect( expiryNote( '2026-11-29', '2026-11-29' ) ).toBe(
			'Expires today'
		);
		expect( expiryNote( '2026-11-28', '2026-11-29' ) ).toBe( 'Expired' );
	} );

	it( 'says nothing of a date it cannot read', () => {
		expect( expiryNote( 'soon', '2026-11-29' ) ).toBeNull();
	} );
} );
