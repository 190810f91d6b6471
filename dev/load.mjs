/**
 * npm run load: 50 concurrent connections on a missing page of the running `npm start` site for 60
 * seconds (NOTFOUND_LOAD_SECONDS and NOTFOUND_LOAD_URL change them), as browsers would: each page shown
 * counts its first poster, and every fifth visitor also brings the next poster into view (the beacon).
 * Fails on any error, any answer but 404 (200 for beacons), or display counters that differ from the
 * displays delivered; prints p50 and p99. Loopback only: this machine's own site. (A small loop of Node's
 * own HTTP client: PHP's built-in server ends its answers by closing the connection, which common load
 * tools miscount.)
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { timedGet } from './bench/http-timing.mjs';

const port = process.env.NOTFOUND_PORT ?? '8888';
const origin = `http://127.0.0.1:${ port }`;
const url =
	process.env.NOTFOUND_LOAD_URL ?? `${ origin }/no-such-page-under-load/`;
if ( ! /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test( url ) ) {
	throw new Error( 'The load test only targets this machine.' );
}
const connections = 50;
const seconds = Number( process.env.NOTFOUND_LOAD_SECONDS ?? 60 );
const BROWSER = {
	'User-Agent':
		'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
};
const BEACON_EVERY = 5;

/** Every display this site has counted, all days together. */
function countedDisplays() {
	const wp = join( dirname( fileURLToPath( import.meta.url ) ), 'wp.sh' );
	const out = execFileSync(
		'bash',
		[ wp, 'notfound', 'displays', 'summary', '--format=json' ],
		{ env: { ...process.env, NOTFOUND_PORT: port }, encoding: 'utf8' }
	);
	const summary = JSON.parse( out.trim().split( '\n' ).pop() );
	if ( ! summary.counting ) {
		throw new Error(
			'Display counting is off on this site: turn it on to check the counters.'
		);
	}
	return summary.total;
}

const times = [];
const statuses = {};
let errors = 0;
let delivered = 0;
let beaconed = 0;

async function beacon( page ) {
	const token = /data-count-token="([^"]+)"/.exec( page )?.[ 1 ];
	const target = /data-count-url="([^"]+)"/
		.exec( page )?.[ 1 ]
		?.replaceAll( '&amp;', '&' );
	if ( ! token || ! target ) {
		return;
	}
	const { status, body } = await timedGet(
		target,
		{ ...BROWSER, 'Content-Type': 'application/x-www-form-urlencoded' },
		{
			method: 'POST',
			body: new URLSearchParams( { token, shown: '0' } ).toString(),
			keepBody: true,
		}
	);
	statuses[ `beacon ${ status }` ] =
		( statuses[ `beacon ${ status }` ] ?? 0 ) + 1;
	beaconed += status === 200 ? JSON.parse( body ).counted : 0;
}

async function client( deadline ) {
	for ( let visit = 1; Date.now() < deadline; visit++ ) {
		try {
			const { status, ms, body } = await timedGet( url, BROWSER, {
				keepBody: true,
			} );
			statuses[ status ] = ( statuses[ status ] ?? 0 ) + 1;
			times.push( ms );
			if ( body.includes( 'data-poster-id=' ) ) {
				delivered++;
				if ( visit % BEACON_EVERY === 0 ) {
					await beacon( body );
				}
			}
		} catch {
			errors++;
		}
	}
}

const before = countedDisplays();
const deadline = Date.now() + seconds * 1000;
await Promise.all(
	Array.from( { length: connections }, () => client( deadline ) )
);
const after = countedDisplays();

times.sort( ( a, b ) => a - b );
const percentile = ( p ) =>
	times.length
		? times[
				Math.min(
					times.length - 1,
					Math.floor( ( p / 100 ) * times.length )
				)
			]
		: 0;
const others = Object.keys( statuses ).filter(
	( code ) => code !== '404' && code !== 'beacon 200'
);
const counted = after - before;
process.stdout.write(
	[
		`Load: ${ connections } connections for ${ seconds } s on ${ url }`,
		`requests: ${ times.length } (${ ( times.length / seconds ).toFixed( 1 ) } per second), statuses: ${ JSON.stringify( statuses ) }`,
		`latency: p50 ${ percentile( 50 ).toFixed( 1 ) } ms, p99 ${ percentile( 99 ).toFixed( 1 ) } ms`,
		`errors: ${ errors }`,
		`displays: ${ delivered } pages with posters + ${ beaconed } posters brought into view = ${ delivered + beaconed }; counters grew by ${ counted }`,
		'',
	].join( '\n' )
);
if ( errors || others.length || ! times.length ) {
	process.stdout.write(
		'FAILED: every answer must be a 404 page (or a counted beacon), without error.\n'
	);
	process.exit( 1 );
}
if ( counted !== delivered + beaconed ) {
	process.stdout.write(
		'FAILED: the display counters must equal the displays delivered.\n'
	);
	process.exit( 1 );
}
