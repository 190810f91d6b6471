/**
 * The screen shown is read from, and written to, the admin page's address.
 */
import { routeFrom, searchFor } from './route';

describe( 'routes', () => {
	it( 'reads the list, the new poster form and a poster to edit', () => {
		expect( routeFrom( '?page=notfound-hub-posters' ) ).toEqual( {
			screen: 'list',
		} );
		expect( routeFrom( '?page=notfound-hub-posters&action=new' ) ).toEqual(
			{
				screen: 'new',
			}
		);
		expect(
			routeFrom( '?page=notfound-hub-posters&poster=demo-be-001' )
		).toEqual( {
			screen: 'edit',
			id: 'demo-be-001',
		} );
		expect(
			routeFrom(
				'?page=notfound-hub-posters&poster=demo-be-001&action=renew'
			)
		).toEqual( {
			screen: 'renew',
			id: 'demo-be-001',
		} );
	} );

	it( 'writes a screen into the address, keeping the admin page', () => {
		const editing = '?page=notfound-hub-posters&poster=demo-be-001';
		expect( searchFor( { screen: 'new' }, editing ) ).toBe(
			'?page=notfound-hub-posters&action=new'
		);
		expect( searchFor( { screen: 'list' }, editing ) ).toBe(
			'?page=notfound-hub-posters'
		);
		expect(
			searchFor(
				{ screen: 'edit', id: 'be-x 1' },
				'?page=notfound-hub-posters'
			)
		).toBe( '?page=notfound-hub-posters&poster=be-x+1' );
		expect(
			searchFor(
				{ screen: 'renew', id: 'demo-be-001' },
				'?page=notfound-hub-posters'
			)
		).toBe( '?page=notfound-hub-posters&poster=demo-be-001&action=renew' );
	} );
} );
