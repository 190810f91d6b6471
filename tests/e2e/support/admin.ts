/**
 * What several wp-admin specs do: log in, ask the REST API as the screen does, check accessibility.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function logIn( page: Page, user: string, password = 'password' ) {
	await page.goto( '/wp-login.php' );
	await page.getByLabel( 'Username or Email Address' ).fill( user );
	await page.getByLabel( 'Password', { exact: true } ).fill( password );
	await page.getByRole( 'button', { name: 'Log In' } ).click();
	await expect( page ).toHaveURL( /wp-admin/ );
}

/**
 * A REST request made the way the screens make it: apiFetch in the page, with the user's cookie and nonce.
 * @param page
 * @param options        What apiFetch takes: path, method, data.
 * @param options.path
 * @param options.method
 * @param options.data
 */
export function restRequest< T >(
	page: Page,
	options: { path: string; method?: string; data?: unknown }
): Promise< T > {
	return page.evaluate(
		( request ) =>
			(
				window as unknown as {
					wp: { apiFetch: ( o: typeof request ) => Promise< T > };
				}
			 ).wp.apiFetch( request ),
		options
	);
}

/**
 * Zero serious or critical axe-core violations in the screen's content.
 * @param page
 */
export async function expectNoSeriousAxeViolations( page: Page ) {
	const { violations } = await new AxeBuilder( { page } )
		.include( '#wpbody-content' )
		.analyze();
	const serious = violations.filter(
		( violation ) =>
			violation.impact === 'serious' || violation.impact === 'critical'
	);
	expect(
		serious.map( ( { id, nodes } ) => ( {
			id,
			targets: nodes.map( ( node ) => node.target.join( ' ' ) ),
		} ) )
	).toEqual( [] );
}
