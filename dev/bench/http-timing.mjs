/**
 * Times HTTP requests against the local benchmark site: sequential, interleaved across cases, so every
 * case sees the same machine noise.
 */
import http from 'node:http';

/**
 * One request; resolves with its status and milliseconds from request to the body's last byte.
 *
 * @param {string}                                               url
 * @param {Record<string, string>}                               headers
 * @param {{method?: string, body?: string, keepBody?: boolean}} options What to send; whether to keep the answer's body.
 * @return {Promise<{status: number, ms: number, etag: string|undefined, body: string}>} The outcome.
 */
export function timedGet( url, headers = {}, options = {} ) {
	return new Promise( ( resolve, reject ) => {
		const started = process.hrtime.bigint();
		const chunks = [];
		const request = http.request(
			url,
			{ method: options.method ?? 'GET', headers, agent: false },
			( response ) => {
				response.on( 'data', ( chunk ) => {
					if ( options.keepBody ) {
						chunks.push( chunk );
					}
				} );
				response.on( 'end', () =>
					resolve( {
						status: response.statusCode ?? 0,
						ms: Number( process.hrtime.bigint() - started ) / 1e6,
						etag: response.headers.etag,
						body: Buffer.concat( chunks ).toString( 'utf8' ),
					} )
				);
			}
		);
		request.on( 'error', reject );
		request.end( options.body );
	} );
}

/**
 * @param {number[]} values
 * @return {number} The median.
 */
export function median( values ) {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const middle = Math.floor( sorted.length / 2 );
	return sorted.length % 2
		? sorted[ middle ]
		: ( sorted[ middle - 1 ] + sorted[ middle ] ) / 2;
}

/**
 * Runs every case `rounds` times, rotating their order each round, after `warmup` untimed rounds.
 *
 * @param {{name: string, url: string, headers?: Record<string, string>, status: number}[]} cases
 * @param {number}                                                                          rounds
 * @param {number}                                                                          warmup
 * @return {Promise<Record<string, number[]>>} Milliseconds per case name.
 */
export async function interleave( cases, rounds, warmup = 10 ) {
	const times = Object.fromEntries( cases.map( ( c ) => [ c.name, [] ] ) );
	for ( let round = -warmup; round < rounds; round++ ) {
		for ( let i = 0; i < cases.length; i++ ) {
			const c = cases[ ( i + Math.max( round, 0 ) ) % cases.length ];
			const { status, ms } = await timedGet( c.url, c.headers );
			if ( status !== c.status ) {
				throw new Error(
					`${ c.name }: HTTP ${ status }, expected ${ c.status }`
				);
			}
			if ( round >= 0 ) {
				times[ c.name ].push( ms );
			}
		}
	}
	return times;
}
