/**
 * Settings → NotFound: an administrator narrows the regions and the live preview follows; subscribers and
 * editors are refused; axe finds nothing serious. Every setting changed is put back (other tests share the
 * site), and so is the local copy of the feed.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';

import {
	expectNoSeriousAxeViolations,
	logIn,
	restRequest,
} from './support/admin';

const SCREEN = '/wp-admin/options-general.php?page=notfound';

async function openScreen( page: Page ) {
	await page.goto( SCREEN );
	await expect(
		page.getByRole( 'heading', { level: 1, name: 'NotFound' } )
	).toBeVisible();
	await expect(
		page.getByRole( 'button', { name: 'Save settings' } )
	).toBeVisible();
}

/**
 * A snackbar notice (wp.a11y.speak's copy of the text is for screen readers, not asserted here).
 * @param page
 * @param text
 */
const snackbar = ( page: Page, text: string ) =>
	page.locator( '.notfound-snackbars' ).getByText( text );

const firstPreviewPoster = ( page: Page ) =>
	page.locator( '.notfound-preview [data-poster-id]' ).first();

async function previewAs( page: Page, country: string ) {
	await page
		.getByLabel( /Visitor.s country/ )
		.selectOption( { label: country } );
}

test.describe( 'settings screen', () => {
	test( 'an admin shows only France, saves, syncs, and the preview follows', async ( {
		page,
	} ) => {
		await logIn( page, 'admin' );
		await openScreen( page );
		const original = await restRequest< Record< string, unknown > >( page, {
			path: '/wp/v2/settings',
		} );

		try {
			await previewAs( page, 'Belgium' );
			await expect( firstPreviewPoster( page ) ).toHaveAttribute(
				'data-poster-id',
				/^demo-be-/
			);

			const regions = page.getByRole( 'combobox', {
				name: 'Countries to show',
			} );
			await regions.fill( 'Franc' );
			await page
				.getByRole( 'listbox' )
				.getByRole( 'option', { name: 'France', exact: true } )
				.click();
			await page.getByRole( 'button', { name: 'Save settings' } ).click();
			await expect( snackbar( page, 'Settings saved.' ) ).toBeVisible();

			await page.getByRole( 'button', { name: 'Sync now' } ).click();
			await expect(
				snackbar( page, 'Synced with the hub.' )
			).toBeVisible();
			await expect(
				page
					.getByRole( 'table', {
						name: 'Posters stored per country',
					} )
					.getByRole( 'row' )
			).toHaveText( [ /Country/, /France/ ] );

			// A Belgian visitor now sees French posters: the site keeps no others.
			await expect( firstPreviewPoster( page ) ).toHaveAttribute(
				'data-poster-id',
				/^demo-fr-/
			);
			await previewAs( page, 'France' );
			await expect( firstPreviewPoster( page ) ).toHaveAttribute(
				'data-poster-id',
				/^demo-fr-/
			);
		} finally {
			await restRequest( page, {
				path: '/wp/v2/settings',
				method: 'POST',
				data: { notfound_settings: original.notfound_settings },
			} );
			await restRequest( page, {
				path: '/notfound/v1/sync',
				method: 'POST',
			} );
		}
	} );

	test( 'a wrong value is named on its field and nothing is saved', async ( {
		page,
	} ) => {
		await logIn( page, 'admin' );
		await openScreen( page );
		const count = page.getByRole( 'spinbutton', {
			name: 'Number of posters',
		} );
		const before = await count.inputValue();

		await count.fill( '40' );
		await page.getByRole( 'button', { name: 'Save settings' } ).click();

		await expect( count ).toHaveAttribute( 'aria-invalid', 'true' );
		await expect( count ).toBeFocused();
		await expect( count ).toHaveAccessibleDescription(
			/Enter a whole number from 1 to 12\./
		);
		await page.reload();
		await expect(
			page.getByRole( 'spinbutton', { name: 'Number of posters' } )
		).toHaveValue( before );
	} );

	test( 'has no serious or critical accessibility violations', async ( {
		page,
	} ) => {
		await logIn( page, 'admin' );
		await openScreen( page );
		await expect(
			page.getByText( 'Posters stored', { exact: true } )
		).toBeVisible();
		await expect( firstPreviewPoster( page ) ).toBeVisible();

		await expectNoSeriousAxeViolations( page );
	} );

	test.describe( 'without manage_options', () => {
		const users: number[] = [];

		async function createUser(
			browser: Browser,
			role: 'subscriber' | 'editor'
		) {
			const page = await browser.newPage();
			await logIn( page, 'admin' );
			await openScreen( page );
			const name = `notfound-${ role }-${ Date.now() }`;
			const password = `Pw-${ Date.now() }-e2e`;
			const user = await restRequest< { id: number } >( page, {
				path: '/wp/v2/users',
				method: 'POST',
				data: {
					username: name,
					email: `${ name }@example.org`,
					password,
					roles: [ role ],
				},
			} );
			users.push( user.id );
			await page.close();
			return { name, password };
		}

		test.afterAll( async ( { browser } ) => {
			const page = await browser.newPage();
			await logIn( page, 'admin' );
			await openScreen( page );
			for ( const id of users ) {
				await restRequest( page, {
					path: `/wp/v2/users/${ id }?force=true&reassign=1`,
					method: 'DELETE',
				} );
			}
			await page.close();
		} );

		for ( const [ who, role ] of [
			[ 'a subscriber', 'subscriber' ],
			[ 'an editor', 'editor' ],
		] as const ) {
			test( `${ who } is refused the screen and has no menu entry`, async ( {
				browser,
			} ) => {
				const { name, password } = await createUser( browser, role );
				const context = await browser.newContext();
				const page = await context.newPage();
				await logIn( page, name, password );

				const response = await page.goto( SCREEN );

				expect( response?.status() ).toBe( 403 );
				await expect(
					page.getByText(
						'Sorry, you are not allowed to access this page.'
					)
				).toBeVisible();
				await page.goto( '/wp-admin/profile.php' );
				await expect(
					page.getByRole( 'link', { name: 'NotFound', exact: true } )
				).toHaveCount( 0 );
				await context.close();
			} );
		}
	} );
} );
