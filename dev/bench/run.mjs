/**
 * npm run bench: measures the benchmark site and writes docs/benchmarks.md. Medians and ratios come from
 * one run, cases interleaved; the machine is noted with them. Goals are read, never asserted.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';

import { interleave, median, timedGet } from './http-timing.mjs';
import { pageWeight } from './page-weight.mjs';

const base = process.env.NOTFOUND_BENCH_URL ?? 'http://localhost:8892';
const rounds = Number( process.env.NOTFOUND_BENCH_ROUNDS ?? 200 );
const output = process.argv[ 2 ] ?? 'docs/benchmarks.md';

const list = `${ base }/wp-json/notfound/v1/posters`;
const { etag } = await timedGet( list );
const hubCases = [
	{
		name: 'core posts',
		url: `${ base }/wp-json/wp/v2/posts?per_page=10`,
		status: 200,
	},
	{ name: 'hub list', url: list, status: 200 },
	{
		name: 'hub list 304',
		url: list,
		headers: { 'If-None-Match': etag ?? '' },
		status: 304,
	},
];
const notFound = `${ base }/no-such-page-for-the-benchmark/`;
// A browser's user agent, so the plugin counts the display as it would for a visitor (one counter write).
const visitor = {
	'User-Agent':
		'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
};
const pageCases = [
	{
		name: '404 plugin off',
		url: notFound,
		headers: { ...visitor, 'X-NotFound-Bench': 'off' },
		status: 404,
	},
	{ name: '404 plugin on', url: notFound, headers: visitor, status: 404 },
];
const times = {
	...( await interleave( hubCases, rounds ) ),
	...( await interleave( pageCases, rounds ) ),
};
const medians = Object.fromEntries(
	Object.entries( times ).map( ( [ name, values ] ) => [
		name,
		median( values ),
	] )
);
const weight = await pageWeight( notFound );
const siteHost = new URL( base ).host;
const thirdParty = weight.on.hosts.filter( ( host ) => host !== siteHost );
const ratio = ( name, to = 'core posts' ) =>
	( medians[ name ] / medians[ to ] ).toFixed( 2 );

const cpu = os.cpus()[ 0 ]?.model ?? 'unknown CPU';
const report = `# Benchmarks

Written by \`npm run bench\` on ${ new Date().toISOString().slice( 0, 10 ) }: ${ os.cpus().length } × ${ cpu },
${ Math.round( os.totalmem() / 2 ** 30 ) } GiB, ${ os.type() } ${ os.release() }, Node ${ process.version },
${ process.env.NOTFOUND_BENCH_STACK ?? '' }. Each case ran ${ rounds } times, interleaved with the others in
rotating order after a warm-up, sequentially from one client on the same machine; times are from request to
the last byte. Medians in milliseconds; ratios are to the core case measured in the same run.

## Hub feed against WordPress core's posts list

The hub holds ${ process.env.NOTFOUND_BENCH_POSTERS ?? '10 000' } active posters. "hub list" is
\`GET /wp-json/notfound/v1/posters\` (default limit 100, signed); "hub list 304" is the same request with the
ETag of the previous answer; "core posts" is \`GET /wp-json/wp/v2/posts?per_page=10\`.

| case | median ms | ratio to core posts | goal |
|---|---|---|---|
| core posts | ${ medians[ 'core posts' ].toFixed( 1 ) } | 1.00 | |
| hub list | ${ medians[ 'hub list' ].toFixed( 1 ) } | ${ ratio( 'hub list' ) } | ≤ 1.5 |
| hub list 304 | ${ medians[ 'hub list 304' ].toFixed( 1 ) } | ${ ratio( 'hub list 304' ) } | ≤ 0.5 |

## The 404 page with the plugin and without

The same missing URL on the same site (block theme Twenty Twenty-Five, the demo's local copy of 38
posters, 6 shown), with NotFound active, and without it (a benchmark-only must-use plugin drops it from the
active plugins for requests that carry \`X-NotFound-Bench: off\`). Requests carry a browser's user agent,
so "plugin on" includes counting the display (one atomic counter write as the request ends).

| case | median ms | ratio to plugin off | goal |
|---|---|---|---|
| 404 plugin off | ${ medians[ '404 plugin off' ].toFixed( 1 ) } | 1.00 | |
| 404 plugin on | ${ medians[ '404 plugin on' ].toFixed( 1 ) } | ${ ratio( '404 plugin on', '404 plugin off' ) } | ≤ 1.10 |

## What the visitor's browser loads on the 404 page

Measured in Chromium on the same page, with the plugin and without: JS and CSS (files and inline, each
gzipped), the hosts the browser contacted, and the cumulative layout shift after load. Without the plugin
the page is the theme's own 404 template, whose blocks bring their own CSS: the plugin's page can weigh
less CSS than the theme's.

| | without the plugin | with the plugin | added by the plugin | budget |
|---|---|---|---|---|
| JS, gzipped bytes | ${ weight.off.js } | ${ weight.on.js } | ${ weight.on.js - weight.off.js } | 4096 (the carousel) |
| CSS, gzipped bytes | ${ weight.off.css } | ${ weight.on.css } | ${ weight.on.css - weight.off.css } | 3072 (the carousel) |
| CLS | ${ weight.off.cls.toFixed( 3 ) } | ${ weight.on.cls.toFixed( 3 ) } | | 0 |

Hosts contacted with the plugin: ${ weight.on.hosts.join( ', ' ) }. Third-party hosts: ${
	thirdParty.length ? thirdParty.join( ', ' ) : 'none'
}.
`;
writeFileSync( output, report );
process.stdout.write( report );
