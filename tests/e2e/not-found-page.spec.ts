/**
 * A visitor on a missing page: status 404, posters from the local copy, nothing from another origin.
 */
import { expect, test } from '@playwright/test';

test( 'a missing page keeps status 404 and shows the demo posters', async ( {
	page,
	baseURL,
} ) => {
	const origins = new Set< string >();
	page.on( 'request', ( request ) =>
		origins.add( new URL( request.url() ).origin )
	);

	const response = await page.goto( '/no-such-page' );

	expect( response?.status() ).toBe( 404 );
	await expect(
		page.getByRole( 'heading', { level: 1, name: 'Page not found' } )
	).toBeVisible();
	const posters = page.locator( '[data-poster-id]' );
	expect( await posters.count() ).toBeGreaterThanOrEqual( 3 );
	await expect( posters.first() ).toContainText( 'Abena' );
	expect( [ ...origins ] ).toEqual( [ new URL( baseURL ?? '' ).origin ] );
} );
