/**
 * The site in French (fr_FR): the 404 page and Settings → NotFound speak French from the plugin's own
 * translations, and the posters' descriptions come in French where the hub has them. The expected words are
 * read from languages/notfound-fr_FR.po, so rewording a translation does not break the test, but a string
 * left in English does.
 */
import { expect, test } from '@playwright/test';
import { po } from 'gettext-parser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { expectNoSeriousAxeViolations, logIn } from './support/admin';
import { useSiteLanguage } from './support/site-language';

const french = po.parse(
	readFileSync( resolve( __dirname, '../../languages/notfound-fr_FR.po' ) )
).translations[ '' ];

/**
 * The French of an English string, failing the test when it has none.
 * @param english The msgid.
 */
function fr( english: string ): string {
	const translated = french[ english ]?.msgstr[ 0 ] ?? '';
	expect( translated, `a French translation of "${ english }"` ).not.toBe(
		''
	);
	return translated;
}

const escaped = ( text: string ) =>
	text.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' );

test.describe( 'in French', () => {
	useSiteLanguage( 'fr_FR' );

	test( 'the 404 page speaks French, posters included', async ( {
		page,
	} ) => {
		const response = await page.goto( '/page-qui-n-existe-pas/' );

		expect( response?.status() ).toBe( 404 );
		await expect( page.locator( 'html' ) ).toHaveAttribute(
			'lang',
			'fr-FR'
		);
		await expect(
			page.getByRole( 'heading', {
				level: 1,
				name: fr( 'Page not found' ),
			} )
		).toBeVisible();
		await expect(
			page.getByText(
				fr(
					'The page you were looking for is not here. Try a search, or start again from the home page.'
				)
			)
		).toBeVisible();
		await expect(
			page.getByRole( 'heading', {
				level: 2,
				name: new RegExp(
					escaped( fr( 'Page not found — neither is %s' ) ).replace(
						'%s',
						'.+'
					)
				),
			} )
		).toBeVisible();
		await expect(
			page.getByRole( 'button', { name: fr( 'Next poster' ) } )
		).toBeVisible();
		// Visitor's language first: the fictional Abena's poster has a French description.
		await expect(
			page.locator( '[data-poster-id="demo-be-001"]' )
		).toContainText( 'Mesure environ 1,58 m' );
		await expect( page.locator( 'body' ) ).not.toContainText(
			'Seen this child? Call'
		);
	} );

	test( 'Settings → NotFound speaks French', async ( { page } ) => {
		await logIn( page, 'admin' );
		await page.goto( '/wp-admin/options-general.php?page=notfound' );

		await expect(
			page.getByRole( 'button', { name: fr( 'Save settings' ) } )
		).toBeVisible();
		await expect(
			page.getByRole( 'heading', { name: fr( '404 page' ) } )
		).toBeVisible();
		await expect(
			page.getByRole( 'heading', { name: fr( 'Sync status' ) } )
		).toBeVisible();
		await expect(
			page.getByRole( 'button', { name: 'Save settings' } )
		).toHaveCount( 0 );
		await expectNoSeriousAxeViolations( page );
	} );
} );
