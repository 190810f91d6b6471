<?php
/**
 * The beacon token places already counted, so a replayed token adds nothing.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Counting;

use NotFound\Database\Tables;

/**
 * One row per token nonce and place, kept for the token's lifetime: `seen` (the nonce, a random number the
 * server put in the token, and the place) and `seen_at`. Nothing about the visitor. Marking is one
 * INSERT IGNORE, so two racing beacons with the same token count once. Bounded: rows older than a token's
 * lifetime are deleted as new ones come, and beyond MAX_ROWS (a flood no real traffic reaches within six
 * hours) the beacon counts nothing until old rows expire: the counts stay honest, the table small.
 */
final class SeenBeacons {

	public const MAX_ROWS = 200000;
	/** Expired rows deleted per beacon: more than a beacon adds, so the table shrinks back. */
	private const EXPIRE_BATCH = 100;

	/**
	 * Marks each place of the token as seen.
	 *
	 * @param list<int> $places
	 * @return list<int> The places not seen before.
	 */
	public function first_time( string $nonce, array $places, ?int $now = null ): array {
		global $wpdb;
		$now   = $now ?? time();
		$table = Tables::name( Tables::SEEN_BEACONS );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE seen_at < %d LIMIT %d", $now - DisplayToken::LIFETIME, self::EXPIRE_BATCH ) );
		if ( (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" ) >= self::MAX_ROWS ) {
			return array();
		}
		$new = array();
		foreach ( $places as $place ) {
			if ( 1 === (int) $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (seen, seen_at) VALUES (%s, %d)", $nonce . ':' . $place, $now ) ) ) {
				$new[] = $place;
			}
		}
		// phpcs:enable
		return $new;
	}
}
