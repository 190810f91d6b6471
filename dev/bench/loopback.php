<?php
/**
 * Benchmark sites only (linked into mu-plugins by dev/bench/withdrawal.sh): the hub and its display site
 * listen on loopback at other ports, which WordPress's safe HTTP functions refuse; here they may reach
 * each other.
 *
 * @package NotFound
 */

$notfound_loopback = array( 'localhost', '127.0.0.1' );
add_filter(
	'http_request_host_is_external',
	static fn( $external, $host ) => $external || in_array( $host, $notfound_loopback, true ),
	10,
	2
);
add_filter(
	'http_allowed_safe_ports',
	static function ( $ports, $host, $url ) use ( $notfound_loopback ) {
		$port = (int) wp_parse_url( (string) $url, PHP_URL_PORT );
		return in_array( $host, $notfound_loopback, true ) && $port ? array_merge( (array) $ports, array( $port ) ) : $ports;
	},
	10,
	3
);
