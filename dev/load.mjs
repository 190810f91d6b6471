/**
 * npm run load: 50 concurrent connections on a missing page of the running `npm start` site for 60
 * seconds (NOTFOUND_LOAD_SECONDS and NOTFOUND_LOAD_URL change them). Fails on any error or any answer but
 * 404; prints p50 and p99. Loopback only: this machine's own site. (A small loop of Node's own HTTP client:
 * PHP's built-in server ends its answers by closing the connection, which common load tools miscount.)
 */
import { timedGet } from './bench/http-timing.mjs';

const url =
	process.env.NOTFOUND_LOAD_URL ??
	`http://127.0.0.1:${ process.env.NOTFOUND_PORT ?? 8888 }/no-such-page-under-load/`;
if ( ! /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test( url ) ) {
	throw new Error( 'The load test only targets this machine.' );
}
const connections = 50;
const seconds = Number( process.env.NOTFOUND_LOAD_SECONDS ?? 60 );
const deadline = Date.now() + seconds * 1000;
const times = [];
const statuses = {};
let errors = 0;

async function client() {
	while ( Date.now() < deadline ) {
		try {
			const { status, ms } = await timedGet( url );
			statuses[ status ] = ( statuses[ status ] ?? 0 ) + 1;
			times.push( ms );
		} catch {
			errors++;
		}
	}
}

await Promise.all( Array.from( { length: connections }, client ) );
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
const others = Object.entries( statuses ).filter(
	( [ code ] ) => code !== '404'
);
process.stdout.write(
	[
		`Load: ${ connections } connections for ${ seconds } s on ${ url }`,
		`requests: ${ times.length } (${ ( times.length / seconds ).toFixed( 1 ) } per second), statuses: ${ JSON.stringify( statuses ) }`,
		`latency: p50 ${ percentile( 50 ).toFixed( 1 ) } ms, p99 ${ percentile( 99 ).toFixed( 1 ) } ms`,
		`errors: ${ errors }`,
		'',
	].join( '\n' )
);
if ( errors || others.length || ! times.length ) {
	process.stdout.write(
		'FAILED: every answer must be a 404 page, without error.\n'
	);
	process.exit( 1 );
}
