/**
 * A visitor on a missing page: status 404, posters from the local copy, nothing from another origin.
 */
import { expect, test, type Browser } from '@playwright/test';

import { logIn, restRequest } from './support/admin';

/**
 * Says whether a CDN in front of the test site sets the country header, as an admin would on Settings → NotFound.
 * @param browser
 * @param cdn
 */
async function setCdnCountryHeader( browser: Browser, cdn: boolean ) {
	const page = await browser.newPage();
	await logIn( page, 'admin' );
	await page.goto( '/wp-admin/options-general.php?page=notfound' );
	await restRequest( page, {
		path: '/wp/v2/settings',
		method: 'POST',
		data: { notfound_settings: { geo_cdn_header: cdn } },
	} );
	await page.close();
}

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

test.describe( 'a visitor who sends a country header to a site with no CDN', () => {
	test.use( { extraHTTPHeaders: { 'CF-IPCountry': 'FR' } } );

	test( 'is not believed: the posters are the default region’s', async ( {
		page,
	} ) => {
		const response = await page.goto( '/a-missing-page-from-nowhere' );

		expect( response?.status() ).toBe( 404 );
		await expect(
			page.locator( '[data-poster-id]' ).first()
		).toHaveAttribute( 'data-poster-id', /^demo-be-/ );
	} );
} );

test.describe( 'a visitor whose CDN says France', () => {
	test.use( { extraHTTPHeaders: { 'CF-IPCountry': 'FR' } } );
	test.beforeAll( ( { browser } ) => setCdnCountryHeader( browser, true ) );
	test.afterAll( ( { browser } ) => setCdnCountryHeader( browser, false ) );

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
