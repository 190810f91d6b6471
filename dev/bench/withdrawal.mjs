/**
 * The withdrawal section of npm run bench (dev/bench/withdrawal.sh prepares the sites): how long a
 * withdrawal at the hub takes to leave a registered display site's 404 page by push, how many sites a
 * minute the hub's fan-out reaches, and the poll's worst case, computed. Replaces the section in
 * docs/benchmarks.md (or appends it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { median, timedGet } from './http-timing.mjs';

const hub = process.env.NOTFOUND_BENCH_URL ?? 'http://localhost:8892';
const display =
	process.env.NOTFOUND_BENCH_DISPLAY_URL ?? 'http://localhost:8893';
const auth = `Basic ${ Buffer.from( process.env.NOTFOUND_BENCH_AUTH ?? '' ).toString( 'base64' ) }`;
const hubWp = process.env.NOTFOUND_BENCH_HUB_WP ?? '';
const rounds = Number( process.env.NOTFOUND_BENCH_WITHDRAWALS ?? 9 );
const fanoutSites = Number( process.env.NOTFOUND_BENCH_FANOUT_SITES ?? 2000 );
const siteDelay = 100; // Milliseconds each stand-in site takes to answer, as a real site far away might.
const output = process.argv[ 2 ] ?? 'docs/benchmarks.md';
const notFound = `${ display }/no-such-page-for-the-withdrawal-benchmark/`;
const sleep = ( ms ) => new Promise( ( resolve ) => setTimeout( resolve, ms ) );

/**
 * Registers more display sites at the hub, all at one address.
 *
 * @param {string} url
 * @param {number} count
 */
function registerSites( url, count ) {
	const root = path.resolve( import.meta.dirname, '../..' );
	execFileSync(
		`${ root }/vendor/bin/wp`,
		[
			'--allow-root',
			`--path=${ hubWp }`,
			`--url=${ hub }`,
			`--require=${ root }/dev/bench/withdrawal-commands.php`,
			'notfound',
			'bench-sites',
			url,
			String( count ),
		],
		{ stdio: 'inherit' }
	);
}

/**
 * @return {Promise<string[]>} Ids of the posters on the display site's 404 page.
 */
async function shownIds() {
	const page = await timedGet( notFound, {}, { keepBody: true } );
	return [ ...page.body.matchAll( /data-poster-id="([a-z0-9-]+)"/g ) ].map(
		( match ) => match[ 1 ]
	);
}

/**
 * Withdraws a poster at the hub as a partner's system would.
 *
 * @param {string} id
 */
async function withdraw( id ) {
	const answer = await timedGet(
		`${ hub }/wp-json/notfound/v1/posters/${ id }/withdraw`,
		{ Authorization: auth },
		{ method: 'POST', keepBody: true }
	);
	if ( answer.status !== 200 ) {
		throw new Error(
			`withdrawing ${ id }: HTTP ${ answer.status } ${ answer.body }`
		);
	}
}

// 1. By push: from the withdrawal request to the poster gone from the display site's 404 page.
const pushMs = [];
for ( let round = 0; round < rounds; round++ ) {
	const [ id ] = await shownIds();
	if ( ! id ) {
		throw new Error( 'The display site shows no poster.' );
	}
	const started = process.hrtime.bigint();
	await withdraw( id );
	while ( ( await shownIds() ).includes( id ) ) {
		if ( Number( process.hrtime.bigint() - started ) / 1e6 > 15 * 60e3 ) {
			throw new Error( `${ id } still shown after 15 minutes.` );
		}
		await sleep( 100 );
	}
	pushMs.push( Number( process.hrtime.bigint() - started ) / 1e6 );
	await sleep( 2000 ); // Lets the cron run that sent it end, as between two real withdrawals.
}
const sorted = [ ...pushMs ].sort( ( a, b ) => a - b );
const p95 =
	sorted[
		Math.min( sorted.length - 1, Math.ceil( sorted.length * 0.95 ) - 1 )
	];

// 2. The fan-out's reach: many registered sites (one local stand-in answering after siteDelay ms).
let received = 0;
let lastAt = 0n;
const standIn = http.createServer( ( request, response ) => {
	request.resume();
	request.on( 'end', () =>
		setTimeout( () => {
			received++;
			lastAt = process.hrtime.bigint();
			response.writeHead( 200, { 'Content-Type': 'application/json' } );
			response.end( '{"accepted":true}' );
		}, siteDelay )
	);
} );
await new Promise( ( resolve ) => standIn.listen( 0, '127.0.0.1', resolve ) );
const standInUrl = `http://127.0.0.1:${ standIn.address().port }/`;
registerSites( standInUrl, fanoutSites );
const [ lastId ] = await shownIds();
const fanoutStarted = process.hrtime.bigint();
await withdraw( lastId );
while (
	received < fanoutSites &&
	Number( process.hrtime.bigint() - fanoutStarted ) / 1e6 < 10 * 60e3
) {
	await sleep( 200 );
}
standIn.close();
const fanoutSeconds = Number( lastAt - fanoutStarted ) / 1e9;
const perMinute = Math.round( ( received / fanoutSeconds ) * 60 );

// 3. By poll alone, computed: the display's sync interval plus the hub feed's max-age (a CDN may hold it).
const syncMinutes = 5;
const feedMaxAgeMinutes = 5;

const section = `## Withdrawal

A second display site (its own WordPress, database and port, ${ display }) points at the hub
(${ hub }), synced and registered with it as any display site registers to report its counts. Each of
${ rounds } rounds withdraws the first poster on that site's 404 page through the partner API
(\`POST /wp-json/notfound/v1/posters/<id>/withdraw\`, an application password) and fetches the 404
page every 100 ms until the poster is gone: WP-Cron is spawned by the withdrawal, sends the signed
revocation, and the display site removes the poster.

| | median | p95 | goal |
|---|---|---|---|
| by push, withdrawal to gone from the 404 page | ${ ( median( pushMs ) / 1000 ).toFixed( 2 ) } s | ${ (
	p95 / 1000
).toFixed( 2 ) } s | p95 ≤ 60 s, aiming at ≤ 10 s |
| by poll alone, worst case (computed) | | ${
	syncMinutes + feedMaxAgeMinutes
} min | ≤ 15 min |

By poll alone, the worst case is the display's sync interval (${ syncMinutes } minutes by default) plus
the feed's \`max-age\` (${ feedMaxAgeMinutes } minutes, if a CDN caches it): ${
	syncMinutes + feedMaxAgeMinutes
} minutes, as long as WP-Cron runs (it needs visits, or a system cron).

The fan-out's reach: ${ received } of ${ fanoutSites } more sites registered at the hub (one local
stand-in that answers each revocation after ${ siteDelay } ms, as a distant site might) received the
revocation of one more withdrawal ${ fanoutSeconds.toFixed(
	1
) } s after the request: about ${ perMinute.toLocaleString(
	'en'
) } sites a minute from one PHP process, 50 at a time.
`;

const previous = existsSync( output ) ? readFileSync( output, 'utf8' ) : '';
const start = previous.indexOf( '## Withdrawal' );
writeFileSync(
	output,
	( start === -1
		? previous.trimEnd() + '\n\n'
		: previous.slice( 0, start ) ) + section
);
process.stdout.write( section );
