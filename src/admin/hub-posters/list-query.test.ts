/**
 * The list's filters, search and page become the management route's query arguments.
 */
import { DEFAULT_VIEW, queryFromView } from './list-query';

describe( 'queryFromView', () => {
	it( 'asks for every status, all countries, the first page by default', () => {
		expect( queryFromView( DEFAULT_VIEW ) ).toEqual( {
			status: 'any',
			country: '',
			search: '',
			page: 1,
			per_page: 20,
		} );
	} );

	it( 'maps the status and country filters, the search and the page', () => {
		expect(
			queryFromView( {
				...DEFAULT_VIEW,
				search: '  Abena ',
				page: 3,
				perPage: 50,
				filters: [
					{ field: 'status', operator: 'is', value: 'withdrawn' },
					{ field: 'country', operator: 'is', value: 'BE' },
				],
			} )
		).toEqual( {
			status: 'withdrawn',
			country: 'BE',
			search: 'Abena',
			page: 3,
			per_page: 50,
		} );
	} );

	it( 'ignores filters the route cannot answer', () => {
		const query = queryFromView( {
			...DEFAULT_VIEW,
			filters: [
				{ field: 'status', operator: 'isNot', value: 'active' },
				{ field: 'status', operator: 'is', value: 'expired' },
				{ field: 'country', operator: 'is', value: 'Belgium' },
				{ field: 'country', operator: 'is', value: undefined },
			],
		} );
		expect( query.status ).toBe( 'any' );
		expect( query.country ).toBe( '' );
	} );

	it( 'keeps the page size and search within what the route accepts', () => {
		const query = queryFromView( {
			...DEFAULT_VIEW,
			search: 'x'.repeat( 150 ),
			page: 0,
			perPage: 500,
		} );
		expect( query.search ).toHaveLength( 100 );
		expect( query.page ).toBe( 1 );
		expect( query.per_page ).toBe( 100 );
	} );
} );
