// npm run budget: fails when the poster carousel's front-end assets outgrow their gzipped budget.
// Visitors of every 404 page pay for these bytes; the editor's script is not counted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const block = join(
	dirname( fileURLToPath( import.meta.url ) ),
	'../build/blocks/poster-carousel'
);
const budgets = [
	{ file: 'view.js', limit: 4096 },
	{ file: 'style-index.css', limit: 3072 },
	{ file: 'style-index-rtl.css', limit: 3072 },
];

let over = false;
for ( const { file, limit } of budgets ) {
	const path = join( block, file );
	if ( ! existsSync( path ) ) {
		process.stderr.write(
			`budget: ${ file } is missing; run npm run build first\n`
		);
		process.exit( 1 );
	}
	const size = gzipSync( readFileSync( path ), { level: 9 } ).length;
	const fits = size <= limit;
	over ||= ! fits;
	process.stdout.write(
		`budget: ${ fits ? 'ok  ' : 'OVER' } ${ file } ${ size } B gzipped (limit ${ limit } B)\n`
	);
}
// Externals are not in view.js's bytes but visitors download them all the same: React, the
// Interactivity API or any other runtime would blow the budget unseen, so the module may have none.
const asset = readFileSync( join( block, 'view.asset.php' ), 'utf8' );
const dependencies = asset
	.match( /'dependencies' => array\(([^)]*)\)/ )?.[ 1 ]
	.trim();
if ( dependencies !== '' ) {
	over = true;
	process.stdout.write(
		`budget: OVER view.js depends on ${ dependencies ?? 'unknown' }; it must depend on nothing\n`
	);
}
process.exit( over ? 1 : 0 );
