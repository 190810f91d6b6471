/**
 * Puts the test site in another language for the specs of one describe block, through WordPress's own
 * locale loading: tests/fixtures/languages/<locale>.l10n.php is copied into the site's
 * wp-content/languages (language packs cannot be downloaded here) and chosen as the site language. Both
 * are put back afterwards: the other specs share the site.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve( __dirname, '../../..' );

/**
 * The test site's WordPress: dev/env.sh puts each test environment in .state/test-<port>.
 * @param baseURL The test site's address.
 */
function wordPressDir( baseURL: string ): string {
	const port = new URL( baseURL ).port || '80';
	return resolve( ROOT, `.state/test-${ port }/wordpress` );
}

/**
 * Logs a request context in as the test site's admin; returns the REST nonce.
 * @param request A request context.
 */
async function logInAsAdmin( request: APIRequestContext ): Promise< string > {
	await request.post( '/wp-login.php', {
		form: { log: 'admin', pwd: 'password' },
		failOnStatusCode: true,
	} );
	const nonce = await request.get(
		'/wp-admin/admin-ajax.php?action=rest-nonce',
		{ failOnStatusCode: true }
	);
	return nonce.text();
}

async function setLanguage(
	request: APIRequestContext,
	nonce: string,
	language: string
): Promise< string > {
	const response = await request.post( '/wp-json/wp/v2/settings', {
		headers: { 'X-WP-Nonce': nonce },
		data: { language },
		failOnStatusCode: true,
	} );
	return ( await response.json() ).language;
}

/**
 * Call inside a test.describe: its tests run with the site in this language.
 * @param locale A WordPress locale with a fixture file, such as "ar" or "fr_FR".
 */
export function useSiteLanguage( locale: string ): void {
	let admin: APIRequestContext | undefined;
	let nonce = '';
	let originalLanguage: string | undefined;
	let languages = '';
	let createdLanguages = false;

	test.beforeAll( async ( { playwright } ) => {
		const baseURL = test.info().project.use.baseURL ?? '';
		const wordPress = wordPressDir( baseURL );
		expect(
			existsSync( resolve( wordPress, 'wp-settings.php' ) ),
			`the test site's WordPress in ${ wordPress }`
		).toBe( true );
		// Debian's WordPress ships no languages folder.
		languages = resolve( wordPress, 'wp-content/languages' );
		createdLanguages = ! existsSync( languages );
		mkdirSync( languages, { recursive: true } );
		copyFileSync(
			resolve( ROOT, `tests/fixtures/languages/${ locale }.l10n.php` ),
			resolve( languages, `${ locale }.l10n.php` )
		);
		admin = await playwright.request.newContext( { baseURL } );
		nonce = await logInAsAdmin( admin );
		const settings = await admin.get( '/wp-json/wp/v2/settings', {
			headers: { 'X-WP-Nonce': nonce },
			failOnStatusCode: true,
		} );
		originalLanguage = ( await settings.json() ).language;
		// WordPress only accepts a language it finds installed: this also proves the file is read.
		expect( await setLanguage( admin, nonce, locale ) ).toBe( locale );
	} );

	test.afterAll( async () => {
		if ( admin && originalLanguage !== undefined ) {
			// "en_US" is no installed file: the empty value is how WordPress stores English.
			await setLanguage(
				admin,
				nonce,
				originalLanguage === 'en_US' ? '' : originalLanguage
			);
		}
		await admin?.dispose();
		rmSync( resolve( languages, `${ locale }.l10n.php` ), { force: true } );
		if ( createdLanguages ) {
			rmSync( languages, { recursive: true, force: true } );
		}
	} );
}
