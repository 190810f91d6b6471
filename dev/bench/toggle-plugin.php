<?php
/**
 * Benchmark site only (linked into mu-plugins by dev/bench.sh): a request with the header
 * `X-NotFound-Bench: off` runs without NotFound, so "plugin on" and "plugin off" are timed on the same
 * URL, the same site and the same warm caches, interleaved.
 *
 * @package NotFound
 */

if ( isset( $_SERVER['HTTP_X_NOTFOUND_BENCH'] ) && 'off' === $_SERVER['HTTP_X_NOTFOUND_BENCH'] ) {
	add_filter(
		'option_active_plugins',
		static fn( $plugins ) => array_values( array_diff( (array) $plugins, array( 'notfound/notfound.php' ) ) )
	);
}
