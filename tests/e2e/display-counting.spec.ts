/**
 * Counting in a real browser: the first poster counts when the 404 page is delivered, a further poster
 * when the visitor brings it into view (a same-origin beacon), a hidden slide never. The site's own panel
 * shows the result.
 */
import { expect, test, type Browser } from '@playwright/test';

import { logIn } from './support/admin';

/** Headless Chromium says so in its user agent, and the plugin does not count such obvious bots. */
const VISITOR_AGENT =
	'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

async function displaysToday( browser: Browser ): Promise< number > {
	const page = await browser.newPage();
	await logIn( page, 'admin' );
	await page.goto( '/wp-admin/options-general.php?page=notfound' );
	const today = page
		.locator( '.notfound-status-facts' )
		.filter( { hasText: 'Last 30 days' } )
		.locator( 'dt:text-is("Today") + dd' );
	const value = Number( ( await today.textContent() )?.replace( /\D/g, '' ) );
	await page.close();
	return value;
}

test( 'counts the delivered poster, then each poster the visitor brings into view, once', async ( {
	browser,
} ) => {
	const before = await displaysToday( browser );
	const visitor = await browser.newContext( { userAgent: VISITOR_AGENT } );
	const page = await visitor.newPage();
	const beacons: string[] = [];
	page.on( 'request', ( request ) => {
		if ( request.url().includes( 'notfound/v1/displays' ) ) {
			beacons.push( request.postData() ?? '' );
		}
	} );

	const response = await page.goto( '/no-such-page-counted/' );
	expect( response?.status() ).toBe( 404 );
	// The visitor scrolls down to the posters: the first is in full view, the others hidden slides.
	await page
		.locator( '.wp-block-notfound-poster-carousel__slides' )
		.scrollIntoViewIfNeeded();
	await page.waitForTimeout( 1500 ); // Longer than the beacon's batching: hidden slides must send nothing.
	expect( beacons ).toEqual( [] );

	const counted = page.waitForResponse( ( answer ) =>
		answer.url().includes( 'notfound/v1/displays' )
	);
	await page.getByRole( 'button', { name: 'Next poster' } ).click();
	expect( await ( await counted ).json() ).toEqual( { counted: 1 } );
	expect( beacons ).toHaveLength( 1 );
	expect( new URLSearchParams( beacons[ 0 ] ).get( 'shown' ) ).toBe( '0' );

	await page.getByRole( 'button', { name: 'Previous poster' } ).click();
	await page.waitForTimeout( 1500 ); // The first poster again: already counted, no beacon.
	expect( beacons ).toHaveLength( 1 );
	await visitor.close();

	expect( await displaysToday( browser ) ).toBe( before + 2 );
} );
