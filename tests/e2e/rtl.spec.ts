/**
 * Right to left, through WordPress's own is_rtl(): the site's language is set to Arabic, whose one needed
 * string (core's text direction) tests/fixtures/languages/ar.l10n.php provides, since language packs cannot be
 * downloaded here. The 404 page's carousel and Settings → NotFound must then be mirrored. The language and
 * the file are put back afterwards: the other specs share the site.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';

import { expectNoSeriousAxeViolations, logIn } from './support/admin';
import { useSiteLanguage } from './support/site-language';

const CAROUSEL = '.wp-block-notfound-poster-carousel';

// Wide enough for the settings screen's two columns (its grid has them from 1280 pixels).
test.use( { viewport: { width: 1440, height: 900 } } );

async function box( locator: Locator ) {
	const found = await locator.boundingBox();
	if ( ! found ) {
		throw new Error( `${ locator } has no box` );
	}
	return found;
}

test.describe( 'right to left', () => {
	useSiteLanguage( 'ar' );

	test( 'the 404 page is right to left and its carousel mirrored', async ( {
		page,
	} ) => {
		await page.emulateMedia( { reducedMotion: 'reduce' } ); // No transition to wait for.
		await page.goto( '/no-such-page' );
		await expect( page.locator( 'html' ) ).toHaveAttribute( 'dir', 'rtl' );
		await expect( page.locator( 'html' ) ).toHaveAttribute( 'lang', 'ar' );

		const previous = page.getByRole( 'button', {
			name: 'Previous poster',
		} );
		const next = page.getByRole( 'button', { name: 'Next poster' } );
		await expect( next ).toBeVisible();
		const controls = await box( page.locator( `${ CAROUSEL }__controls` ) );
		const previousBox = await box( previous );
		const nextBox = await box( next );
		// The controls' row starts on the right: "previous" first there, "next" towards the left end.
		expect( nextBox.x ).toBeLessThan( previousBox.x );
		expect( nextBox.x ).toBeCloseTo( controls.x, 0 );
		// The chevrons turn with the text: "previous" points right, "next" left.
		const turn = ( button: Locator ) =>
			button.evaluate(
				( element ) => getComputedStyle( element, '::before' ).rotate
			);
		expect( await turn( previous ) ).toBe( '45deg' );
		expect( await turn( next ) ).toBe( '-45deg' );

		// The posters follow one another leftwards: the second waits to the left of the first.
		const slides = page.locator( `${ CAROUSEL }__slide` );
		const track = await box( page.locator( `${ CAROUSEL }__slides` ) );
		expect( ( await box( slides.nth( 0 ) ) ).x ).toBeCloseTo( track.x, 0 );
		expect( ( await box( slides.nth( 1 ) ) ).x ).toBeCloseTo(
			track.x - track.width,
			0
		);

		await next.click();
		await expect(
			page.getByRole( 'group', { name: '2 of 6' } )
		).toBeVisible();
		expect( ( await box( slides.nth( 1 ) ) ).x ).toBeCloseTo( track.x, 0 );
		expect( ( await box( slides.nth( 0 ) ) ).x ).toBeCloseTo(
			track.x + track.width,
			0
		);

		// The left arrow is "next" in right-to-left text.
		await next.focus();
		await page.keyboard.press( 'ArrowLeft' );
		await expect(
			page.getByRole( 'group', { name: '3 of 6' } )
		).toBeVisible();

		// The block itself, mirrored (the theme around it is not this plugin's).
		const results = await new AxeBuilder( { page } )
			.include( CAROUSEL )
			.analyze();
		expect(
			results.violations.filter( ( violation ) =>
				[ 'serious', 'critical' ].includes( violation.impact ?? '' )
			)
		).toEqual( [] );
	} );

	test( 'Settings → NotFound loads its right-to-left stylesheet and mirrors its columns', async ( {
		page,
	} ) => {
		await logIn( page, 'admin' );
		await page.goto( '/wp-admin/options-general.php?page=notfound' );
		await expect( page.locator( 'html' ) ).toHaveAttribute( 'dir', 'rtl' );
		await expect(
			page.getByRole( 'button', { name: 'Save settings' } )
		).toBeVisible();

		const styles = await page
			.locator( 'link[rel="stylesheet"]' )
			.evaluateAll( ( links ) =>
				links.map( ( link ) => link.getAttribute( 'href' ) ?? '' )
			);
		expect( styles ).toContainEqual(
			expect.stringMatching(
				/\/build\/admin\/settings\/index-rtl\.css\?/
			)
		);
		expect( styles ).not.toContainEqual(
			expect.stringMatching( /\/build\/admin\/settings\/index\.css\?/ )
		);

		const main = await box(
			page.locator( '.notfound-settings-layout__main' )
		);
		const side = await box(
			page.locator( '.notfound-settings-layout__side' )
		);
		expect( main.x ).toBeGreaterThan( side.x ); // The main column is on the right.
		expect(
			await page
				.locator( '#notfound-settings' )
				.evaluate(
					( element ) => getComputedStyle( element ).direction
				)
		).toBe( 'rtl' );

		await expectNoSeriousAxeViolations( page );
	} );
} );
