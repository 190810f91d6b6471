<?php
/**
 * The nonces of the revocations this site accepted, kept until each revocation expires.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

use NotFound\Database\Tables;

/**
 * Bounded: a revocation lives at most Revocation::LIFETIME, expired nonces are deleted on each accepted
 * revocation, and past MAX_ROWS unexpired ones new revocations are refused (the site's sync still removes
 * the posters). Only correctly signed revocations reach it, so nobody else can fill it.
 */
final class SeenRevocations {

	public const MAX_ROWS = 10000;

	/**
	 * Records the nonce; false if it was seen before (a replay) or the set is full. Atomic: of two
	 * concurrent deliveries of one revocation, only one is the first.
	 */
	public function first_time( string $nonce, int $expires_at ): bool {
		global $wpdb;
		$table = Tables::name( Tables::SEEN_NONCES );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table, name from code.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE expires_at < %d", time() ) );
		if ( (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" ) >= self::MAX_ROWS ) {
			return false;
		}
		$inserted = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (nonce, expires_at) VALUES (%s, %d)", $nonce, $expires_at ) );
		// phpcs:enable
		return 1 === $inserted;
	}
}
