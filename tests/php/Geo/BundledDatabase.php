<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Geo;

use NotFound\Geo\CountryDatabase;

/**
 * The tests read the real DB-IP file where the plugin reads it. A fresh build can have wiped build/,
 * so the copy is made here when it is missing, by the same script the build uses.
 */
final class BundledDatabase {

	public static function ensure(): void {
		if ( is_file( CountryDatabase::bundled_path() ) ) {
			return;
		}
		exec( 'node ' . escapeshellarg( dirname( __DIR__, 3 ) . '/dev/geo-db.mjs' ) . ' 2>&1', $output, $status );
		if ( 0 !== $status || ! is_file( CountryDatabase::bundled_path() ) ) {
			throw new \RuntimeException( 'dev/geo-db.mjs could not copy the country database: ' . implode( "\n", $output ) );
		}
	}
}
