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

test.describe( 'a visitor whose CDN says France', () => {
	test.use( { extraHTTPHeaders: { 'CF-IPCountry': 'FR' } } );

	test( 'sees French posters first, every image from the site itself', async ( {
		page,
		baseURL,
	} ) => {
		const response = await page.goto( '/another-missing-page' );

		expect( response?.status() ).toBe( 404 );
		const first = page.locator( '[data-poster-id]' ).first();
		await expect( first ).toHaveAttribute( 'data-poster-id', /^demo-fr-/ );
		await expect( first ).toContainText( 'France' );
		const images = page.locator( '[data-poster-id] img' );
		for ( const image of await images.all() ) {
			const src = ( await image.getAttribute( 'src' ) ) ?? '';
			expect( new URL( src, baseURL ).origin ).toBe(
				new URL( baseURL ?? '' ).origin
			);
			await expect( image ).toHaveAttribute( 'width', /^\d+$/ );
			await expect( image ).toHaveAttribute( 'height', /^\d+$/ );
		}
	} );
} );
