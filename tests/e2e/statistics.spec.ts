/**
 * The hub's Statistics screen, on figures a display site reported through the public API: an
 * administrator sees every organisation's posters as a chart and tables and downloads them as CSV; a
 * partner sees only its own organisation's. The display site is the test site itself (its hub is itself,
 * as on the demo): it registers, proves its address by serving the hub's challenge, and reports.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

import { expectNoSeriousAxeViolations, logIn } from './support/admin';

const SCREEN = '/wp-admin/admin.php?page=notfound-statistics';

const daysAgo = ( days: number ) =>
	new Date( Date.now() - days * 86_400_000 ).toISOString().slice( 0, 10 );

/** Two finished days from one display site: Belgian and French posters, seen in three countries. */
const REPORTS: Record<
	number,
	{ poster_id: string; country: string; displays: number }[]
> = {
	2: [
		{ poster_id: 'demo-be-001', country: 'BE', displays: 1200 },
		{ poster_id: 'demo-fr-001', country: 'FR', displays: 800 },
	],
	1: [
		{ poster_id: 'demo-be-001', country: 'NL', displays: 300 },
		{ poster_id: 'demo-fr-001', country: 'FR', displays: 700 },
	],
};

const ROOT = resolve( __dirname, '../..' );

/**
 * The site's own counters get the two days' displays (tests/fixtures/seed-displays.php), then the site
 * reports them with WP-CLI as WP-Cron would.
 * @param baseURL The test site's address.
 */
function reportAsADisplaySite( baseURL: string ) {
	const port = new URL( baseURL ).port || '80';
	const wordPress = resolve( ROOT, `.state/test-${ port }/wordpress` );
	const increments: Record< string, Record< string, number > > = {};
	for ( const [ ago, counts ] of Object.entries( REPORTS ) ) {
		increments[ daysAgo( Number( ago ) ) ] = Object.fromEntries(
			counts.map( ( row ) => [
				`${ row.poster_id }|${ row.country }`,
				row.displays,
			] )
		);
	}
	execFileSync( 'php', [
		resolve( ROOT, 'tests/fixtures/seed-displays.php' ),
		wordPress,
		baseURL,
		JSON.stringify( increments ),
	] );
	const reported = execFileSync(
		resolve( ROOT, 'vendor/bin/wp' ),
		[
			`--path=${ wordPress }`,
			`--url=${ baseURL }`,
			'--allow-root',
			'notfound',
			'displays',
			'report',
		],
		{ encoding: 'utf8' }
	);
	expect( reported ).toContain( 'days sent to the hub' );
}

test.describe( 'Statistics screen', () => {
	// The figures are reported once for both tests: a retry must not report them twice.
	test.describe.configure( { mode: 'serial' } );

	test.beforeAll( () => {
		reportAsADisplaySite( test.info().project.use.baseURL ?? '' );
	} );

	test( 'shows an administrator the displays over time as a chart, by country and by poster', async ( {
		page,
	} ) => {
		await logIn( page, 'admin' );
		await page.goto( SCREEN );

		await expect(
			page.getByText( '3,000 displays, reported by 1 site.' )
		).toBeVisible();
		const line = page.locator(
			'.notfound-stats-chart .recharts-line-curve'
		);
		await expect( line ).toBeVisible();
		expect( await line.getAttribute( 'd' ) ).toMatch( /^M[\d.,]+/ );
		const byCountry = page.getByRole( 'table', {
			name: 'Displays by visitors’ country',
		} );
		await expect( byCountry.getByRole( 'row' ).nth( 1 ) ).toHaveText(
			/France\s*1,500/
		);
		await expect(
			page.getByRole( 'table', { name: 'Most displayed posters' } )
		).toContainText( 'demo-be-001' );

		await expectNoSeriousAxeViolations( page );

		const download = page.waitForEvent( 'download' );
		await page.getByRole( 'button', { name: 'Download CSV' } ).click();
		const csv = await readFile(
			( await ( await download ).path() ) ?? '',
			'utf8'
		);
		expect( csv.split( '\r\n' )[ 0 ] ).toBe(
			'day,poster_id,country,displays'
		);
		expect( csv ).toContain( `${ daysAgo( 2 ) },demo-be-001,BE,1200` );
	} );

	test( 'shows a partner only its own organisation’s posters', async ( {
		page,
	} ) => {
		await logIn( page, 'kinderzoek-benelux' );
		await page.goto( SCREEN );

		await expect(
			page.getByText( '1,500 displays, reported by 1 site.' )
		).toBeVisible();
		const posters = page.getByRole( 'table', {
			name: 'Most displayed posters',
		} );
		await expect( posters ).toContainText( 'demo-be-001' );
		await expect( posters ).not.toContainText( 'demo-fr-001' );
		await expect(
			page.getByRole( 'combobox', { name: 'Organisation' } )
		).toHaveCount( 0 );
	} );
} );
