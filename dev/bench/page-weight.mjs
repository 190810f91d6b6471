/**
 * What the plugin makes a visitor's browser load on the 404 page, measured in Debian's Chromium: the
 * gzipped JS and CSS with the plugin and without, the hosts contacted, and the layout shift (CLS).
 */
import { gzipSync } from 'node:zlib';

import { chromium } from '@playwright/test';

const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string}                             url
 * @param {Record<string, string>}             headers
 * @return {Promise<{js: number, css: number, hosts: string[], cls: number}>} Gzipped bytes, hosts, CLS.
 */
async function measure( browser, url, headers ) {
	const context = await browser.newContext( { extraHTTPHeaders: headers } );
	const page = await context.newPage();
	const hosts = new Set();
	const bodies = [];
	page.on( 'request', ( request ) => {
		const requested = new URL( request.url() );
		// data: and blob: URLs are not requests to any host.
		if (
			requested.protocol === 'http:' ||
			requested.protocol === 'https:'
		) {
			hosts.add( requested.host );
		}
	} );
	page.on( 'response', ( response ) => {
		const type = response.request().resourceType();
		if ( type === 'script' || type === 'stylesheet' ) {
			bodies.push(
				response
					.body()
					.then( ( body ) => ( {
						type,
						size: gzipSync( body ).length,
					} ) )
					.catch( () => ( { type, size: 0 } ) )
			);
		}
	} );
	await page.addInitScript( () => {
		window.__cls = 0;
		new PerformanceObserver( ( list ) => {
			for ( const entry of list.getEntries() ) {
				if ( ! entry.hadRecentInput ) {
					window.__cls += entry.value;
				}
			}
		} ).observe( { type: 'layout-shift', buffered: true } );
	} );
	await page.goto( url, { waitUntil: 'networkidle' } );
	await page.waitForTimeout( 1500 );
	const cls = await page.evaluate( () => window.__cls );
	const sized = await Promise.all( bodies );
	// Inline <style> and <script> in the HTML count too.
	const inline = await page.evaluate( () => ( {
		js: [ ...document.querySelectorAll( 'script:not([src])' ) ]
			.map( ( s ) => s.textContent ?? '' )
			.join( '' ),
		css: [ ...document.querySelectorAll( 'style' ) ]
			.map( ( s ) => s.textContent ?? '' )
			.join( '' ),
	} ) );
	await context.close();
	const sum = ( type ) =>
		sized
			.filter( ( b ) => b.type === type )
			.reduce( ( total, b ) => total + b.size, 0 );
	return {
		js: sum( 'script' ) + gzipSync( inline.js ).length,
		css: sum( 'stylesheet' ) + gzipSync( inline.css ).length,
		hosts: [ ...hosts ],
		cls,
	};
}

/**
 * @param {string} url The 404 page.
 * @return {Promise<{on: object, off: object}>} Measurements with the plugin and without.
 */
export async function pageWeight( url ) {
	const browser = await chromium.launch( {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ARGS,
	} );
	try {
		return {
			off: await measure( browser, url, { 'X-NotFound-Bench': 'off' } ),
			on: await measure( browser, url, {} ),
		};
	} finally {
		await browser.close();
	}
}
