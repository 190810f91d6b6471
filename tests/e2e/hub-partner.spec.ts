/**
 * A partner organisation's person on the hub's Posters screen: publishes a poster with a photo, finds it
 * in the list, withdraws it (gone from the public feed), renews a poster near its end after reviewing it,
 * and cannot touch another organisation's poster.
 * All data is fictional, the portrait a generated plain PNG.
 */
import { expect, test, type Page } from '@playwright/test';
import { crc32, deflateSync } from 'zlib';

import { expectNoSeriousAxeViolations, logIn } from './support/admin';

const SCREEN = '/wp-admin/admin.php?page=notfound-hub-posters';
const OTHER_ORGANISATIONS_POSTER = 'demo-fr-001'; // Published by lanterne-enfance.

// A PNG of one colour, big enough for the hub's 300-pixel minimum.
function plainPng( width: number, height: number ): Buffer {
	const chunk = ( type: string, data: Buffer ) => {
		const body = Buffer.concat( [ Buffer.from( type, 'ascii' ), data ] );
		const length = Buffer.alloc( 4 );
		length.writeUInt32BE( data.length );
		const crc = Buffer.alloc( 4 );
		crc.writeUInt32BE( crc32( body ) );
		return Buffer.concat( [ length, body, crc ] );
	};
	const header = Buffer.alloc( 13 );
	header.writeUInt32BE( width, 0 );
	header.writeUInt32BE( height, 4 );
	header.set( [ 8, 2, 0, 0, 0 ], 8 ); // 8 bits per channel, RGB, no interlace.
	const row = Buffer.concat( [
		Buffer.from( [ 0 ] ), // No filter.
		Buffer.alloc( width * 3, Buffer.from( [ 0x4a, 0x90, 0xc8 ] ) ),
	] );
	return Buffer.concat( [
		Buffer.from( [ 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a ] ),
		chunk( 'IHDR', header ),
		chunk(
			'IDAT',
			deflateSync( Buffer.alloc( row.length * height, row ) )
		),
		chunk( 'IEND', Buffer.alloc( 0 ) ),
	] );
}

/**
 * The partner's REST nonce, as WordPress gives it to apiFetch on admin screens.
 * @param page
 */
function restNonce( page: Page ): Promise< string > {
	return page.evaluate(
		() =>
			(
				window as unknown as {
					wp: { apiFetch: { nonceMiddleware: { nonce: string } } };
				}
			 ).wp.apiFetch.nonceMiddleware.nonce
	);
}

function daysAgo( days: number ): string {
	return new Date( Date.now() - days * 86_400_000 )
		.toISOString()
		.slice( 0, 10 );
}

test.describe( 'hub partner', () => {
	test( 'a partner publishes a poster with a photo, then withdraws it from every site', async ( {
		page,
	} ) => {
		await logIn( page, 'kinderzoek-benelux' );
		await page.goto( SCREEN );
		await expect(
			page.getByRole( 'heading', { level: 1, name: 'Posters' } )
		).toBeVisible();
		await expect(
			page.getByRole( 'row', { name: /Abena/ } )
		).toBeVisible();
		await expectNoSeriousAxeViolations( page );

		await page.getByRole( 'link', { name: 'Add poster' } ).click();
		await expect(
			page.getByRole( 'heading', { level: 1, name: 'Add poster' } )
		).toBeFocused();

		// Nothing filled in: every required field says so, and the first one takes focus.
		await page.getByRole( 'button', { name: 'Publish poster' } ).click();
		const firstName = page.getByLabel( 'First name (required)' );
		await expect( firstName ).toBeFocused();
		await expect( firstName ).toHaveAccessibleDescription(
			/This field is required/
		);
		await expectNoSeriousAxeViolations( page );

		await firstName.fill( 'Mirte' );
		await page.getByLabel( 'Age at disappearance (required)' ).fill( '11' );
		await page
			.getByLabel( 'Missing since (required)' )
			.fill( daysAgo( 20 ) );
		await page.getByLabel( 'Place (required)' ).fill( 'Leuven' );
		await page
			.getByLabel( 'Country (required)' )
			.selectOption( { label: 'Belgium' } );
		await page.getByLabel( 'Region code' ).fill( 'BE-VBR' );
		await page.getByLabel( 'Latitude (required)' ).fill( '50.8798' );
		await page.getByLabel( 'Longitude (required)' ).fill( '4.7005' );
		await page
			.getByLabel( 'Description in English (required)' )
			.fill( 'About 1.45 m tall, fair hair in a ponytail, green coat.' );
		await page
			.getByLabel( 'Add a description in another language' )
			.selectOption( 'nl' );
		await page.getByRole( 'button', { name: 'Add language' } ).click();
		await expect( page.getByLabel( 'Description in Dutch' ) ).toBeFocused();
		await page
			.getByLabel( 'Description in Dutch' )
			.fill(
				'Ongeveer 1,45 m groot, blond haar in een paardenstaart, groene jas.'
			);

		await page.locator( 'input[type="file"]' ).setInputFiles( {
			name: 'mirte-portrait.png',
			mimeType: 'image/png',
			buffer: plainPng( 320, 400 ),
		} );
		const alt = page.getByLabel( 'Alternative text of photo 1 (required)' );
		await alt.fill( 'Drawn portrait of Mirte, fictional' );
		await expect(
			page.getByRole( 'img', {
				name: 'Drawn portrait of Mirte, fictional',
			} )
		).toBeVisible();
		await page
			.getByLabel( 'Case page address (required)' )
			.fill( 'https://kinderzoek-demo.example.org/cases/e2e-mirte' );

		const created = page.waitForResponse(
			( response ) =>
				response.request().method() === 'POST' &&
				/notfound\/v1\/posters(\?|$)/.test(
					decodeURIComponent( response.url() )
				)
		);
		await page.getByRole( 'button', { name: 'Publish poster' } ).click();
		const response = await created;
		expect( response.status() ).toBe( 201 );
		const { id } = ( await response.json() ) as { id: string };
		await expect(
			page
				.getByTestId( 'snackbar' )
				.filter( { hasText: 'Poster published.' } )
		).toBeVisible();
		expect(
			(
				await page.request.get( `/wp-json/notfound/v1/posters/${ id }` )
			).status()
		).toBe( 200 );

		// In the list, found by its id.
		await page.getByRole( 'searchbox' ).fill( id );
		await expect( page.getByRole( 'row', { name: /Abena/ } ) ).toBeHidden();
		const row = page.getByRole( 'row', { name: /Mirte/ } );
		await expect( row ).toHaveCount( 1 );

		await row.getByRole( 'button', { name: 'Actions' } ).click();
		await page.getByRole( 'menuitem', { name: 'Withdraw poster' } ).click();
		const dialog = page.getByRole( 'dialog', { name: 'Withdraw poster' } );
		await expect( dialog ).toContainText( 'Withdraw the poster of Mirte?' );
		await expect(
			dialog.getByRole( 'button', { name: 'Cancel' } )
		).toBeFocused();
		await expectNoSeriousAxeViolations( page );
		await dialog
			.getByLabel( 'Reason' )
			.selectOption( { label: 'Consent was withdrawn' } );
		await dialog.getByRole( 'button', { name: 'Withdraw poster' } ).click();

		const withdrawn =
			'The poster is withdrawn: it disappears from every site within minutes.';
		await expect(
			page.getByTestId( 'snackbar' ).filter( { hasText: withdrawn } )
		).toBeVisible();
		await expect( page.locator( '#a11y-speak-polite' ) ).toHaveText(
			withdrawn
		);
		await expect( dialog ).toBeHidden();
		// Only a tombstone is left: no name, no photo.
		const tombstone = page.getByRole( 'row', {
			name: new RegExp( `Withdrawn poster ${ id }` ),
		} );
		await expect( tombstone ).toContainText( 'Withdrawn' );
		await expect( row ).toHaveCount( 0 );
		await expect( tombstone.getByRole( 'img' ) ).toHaveCount( 0 );
		// Withdrawn, never "found": posters end for many reasons.
		await expect(
			page.locator( '#notfound-hub-posters' )
		).not.toContainText( /\bfound\b/i );
		expect(
			(
				await page.request.get( `/wp-json/notfound/v1/posters/${ id }` )
			).status()
		).toBe( 410 );
	} );

	test( 'a partner sees a poster expiring soon and renews it after reviewing it', async ( {
		page,
	} ) => {
		const id = 'demo-be-004'; // Inès, of kinderzoek-benelux.
		await logIn( page, 'kinderzoek-benelux' );
		await page.goto( SCREEN );
		const headers = { 'X-WP-Nonce': await restNonce( page ) };
		// Brought near its end: an edit may shorten a poster's run, never lengthen it.
		const shortened = await page.request.patch(
			`/wp-json/notfound/v1/posters/${ id }`,
			{ headers, data: { expires: daysAgo( -10 ) } }
		);
		expect( shortened.status() ).toBe( 200 );
		const lengthened = await page.request.patch(
			`/wp-json/notfound/v1/posters/${ id }`,
			{ headers, data: { expires: daysAgo( -300 ) } }
		);
		expect( lengthened.status() ).toBe( 400 );

		await page.reload();
		await page.getByRole( 'searchbox' ).fill( id );
		const row = page.getByRole( 'row', { name: /Inès/ } );
		await expect( row ).toContainText( 'Expires in 10 days' );

		await row.getByRole( 'button', { name: 'Actions' } ).click();
		await page.getByRole( 'menuitem', { name: 'Renew' } ).click();
		await expect(
			page.getByRole( 'heading', { level: 1, name: 'Renew poster' } )
		).toBeFocused();
		await expect( page.getByLabel( 'First name (required)' ) ).toHaveValue(
			'Inès'
		);
		await expect( page.getByLabel( 'Runs until' ) ).toHaveValue(
			daysAgo( -365 )
		);

		// Not without the review confirmed.
		await page.getByRole( 'button', { name: 'Renew poster' } ).click();
		const confirmation = page.getByRole( 'checkbox', {
			name: /I reviewed every field of this poster/,
		} );
		await expect( confirmation ).toBeFocused();
		await expect( confirmation ).toHaveAccessibleDescription(
			/Confirm that you reviewed the poster to renew it/
		);
		await expectNoSeriousAxeViolations( page );

		await confirmation.check();
		const renewed = page.waitForResponse( ( response ) =>
			response.url().includes( `/posters/${ id }/renew` )
		);
		await page.getByRole( 'button', { name: 'Renew poster' } ).click();
		expect( ( await renewed ).status() ).toBe( 200 );
		await expect(
			page
				.getByTestId( 'snackbar' )
				.filter( { hasText: 'Poster renewed.' } )
		).toBeVisible();
		await page.getByRole( 'searchbox' ).fill( id );
		await expect( row ).not.toContainText( 'Expires in' );
		const stored = await page.request.get(
			`/wp-json/notfound/v1/manage/posters/${ id }`,
			{ headers }
		);
		expect( ( await stored.json() ).expires ).toBe( daysAgo( -365 ) );
	} );

	test( "a partner cannot see or change another organisation's poster", async ( {
		page,
	} ) => {
		await logIn( page, 'kinderzoek-benelux' );
		await page.goto( SCREEN );
		await expect(
			page.getByRole( 'row', { name: /Abena/ } )
		).toBeVisible();

		// Not in the list, whatever the filters: France has no poster of this organisation.
		await page.getByRole( 'searchbox' ).fill( OTHER_ORGANISATIONS_POSTER );
		await expect( page.getByText( 'No posters match.' ) ).toBeVisible();

		const nonce = await restNonce( page );
		const headers = { 'X-WP-Nonce': nonce };
		// The nonce works: the partner reads its own poster with it.
		expect(
			(
				await page.request.get(
					'/wp-json/notfound/v1/manage/posters/demo-be-001',
					{ headers }
				)
			).status()
		).toBe( 200 );
		const patch = await page.request.patch(
			`/wp-json/notfound/v1/posters/${ OTHER_ORGANISATIONS_POSTER }`,
			{ headers, data: { first_name: 'Changed' } }
		);
		expect( patch.status() ).toBe( 403 );
		const withdraw = await page.request.post(
			`/wp-json/notfound/v1/posters/${ OTHER_ORGANISATIONS_POSTER }/withdraw`,
			{ headers }
		);
		expect( withdraw.status() ).toBe( 403 );
		expect(
			(
				await page.request.get(
					`/wp-json/notfound/v1/posters/${ OTHER_ORGANISATIONS_POSTER }`
				)
			).status()
		).toBe( 200 );

		// Opened by its address, the screen says no rather than showing it.
		await page.goto( `${ SCREEN }&poster=${ OTHER_ORGANISATIONS_POSTER }` );
		await expect(
			page.getByRole( 'button', { name: 'Back to the posters' } )
		).toBeVisible();
		await expect( page.getByLabel( 'First name (required)' ) ).toHaveCount(
			0
		);
	} );
} );
