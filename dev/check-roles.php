<?php
/**
 * `npm test -- lint` (through lint:php): the two roles stay apart. The display side (Display, Counting, the
 * block's render.php, the classic template) and what both share (Posters, Geo) never use the hub's code, and
 * the hub's code never uses the display side's. Shared things live in Posters/, Geo/, Settings/, Database/ or
 * the plugin's root namespace. Reads code tokens only, so comments may name anything.
 * Usage: php dev/check-roles.php [root]; exit 1 with one line per crossing.
 *
 * @package NotFound
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput -- a command-line tool; WordPress is not loaded.

namespace NotFound\Dev\CheckRoles;

const RULES = array(
	'the display side and shared code must not use the hub' => array(
		'folders'   => array( 'includes/Display', 'includes/Counting', 'includes/Posters', 'includes/Geo', 'src/blocks', 'templates' ),
		'forbidden' => array( 'NotFound\\Hub' ),
	),
	'the hub must not use the display side' => array(
		'folders'   => array( 'includes/Hub' ),
		'forbidden' => array( 'NotFound\\Display', 'NotFound\\Counting' ),
	),
);

/**
 * Every namespaced name a PHP file uses in code (not in comments or strings), with its line.
 *
 * @return list<array{0: string, 1: int}>
 */
function names_used( string $file ): array {
	$names = array();
	foreach ( token_get_all( (string) file_get_contents( $file ) ) as $token ) {
		if ( is_array( $token ) && in_array( $token[0], array( T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED ), true ) ) {
			$names[] = array( ltrim( $token[1], '\\' ), $token[2] );
		}
	}
	return $names;
}

/**
 * @return list<string> Each crossing, as "file:line: uses Name (rule)".
 */
function crossings( string $root ): array {
	$found = array();
	foreach ( RULES as $rule => $scope ) {
		foreach ( $scope['folders'] as $folder ) {
			if ( ! is_dir( "{$root}/{$folder}" ) ) {
				continue;
			}
			$files = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( "{$root}/{$folder}", \FilesystemIterator::SKIP_DOTS ) );
			foreach ( $files as $file ) {
				if ( 'php' !== $file->getExtension() ) {
					continue;
				}
				foreach ( names_used( $file->getPathname() ) as list( $name, $line ) ) {
					foreach ( $scope['forbidden'] as $prefix ) {
						if ( $name === $prefix || str_starts_with( $name, $prefix . '\\' ) ) {
							$found[] = substr( $file->getPathname(), strlen( $root ) + 1 ) . ":{$line}: uses {$name} ({$rule})";
						}
					}
				}
			}
		}
	}
	sort( $found );
	return $found;
}

$notfound_crossings = crossings( rtrim( $argv[1] ?? dirname( __DIR__ ), '/' ) );
if ( $notfound_crossings ) {
	fwrite( STDERR, "The roles cross:\n  " . implode( "\n  ", $notfound_crossings ) . "\n" );
	exit( 1 );
}
echo "Roles apart: the display side uses nothing of the hub, the hub nothing of the display side.\n";
