import { lastDays } from './period';

describe( 'lastDays', () => {
	it( 'counts today as the last day of the period', () => {
		expect( lastDays( 7, new Date( '2026-11-29T23:30:00Z' ) ) ).toEqual( {
			from: '2026-11-23',
			to: '2026-11-29',
		} );
	} );

	it( 'crosses month and year ends', () => {
		expect( lastDays( 30, new Date( '2026-01-10T00:00:00Z' ) ) ).toEqual( {
			from: '2025-12-12',
			to: '2026-01-10',
		} );
	} );
} );
