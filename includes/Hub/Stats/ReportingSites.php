<?php
/**
 * The display sites registered to report their counts to this hub.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub\Stats;

use NotFound\Database\Tables;

/**
 * Each site gets an id and a random token at registration; only the token's SHA-256 is stored, so a copy
 * of the database cannot report in a site's name.
 */
final class ReportingSites {

	/** Registrations accepted per hour, all sites together: a flood cannot fill the table. */
	public const REGISTRATIONS_PER_HOUR = 200;

	/**
	 * @return array{site_id: int, token: string}|null Null when too many sites registered in the last hour.
	 */
	public function register( string $url ): ?array {
		global $wpdb;
		$table = Tables::name( Tables::HUB_SITES );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$recent = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE registered_gmt > %s", gmdate( 'Y-m-d H:i:s', time() - HOUR_IN_SECONDS ) ) );
		if ( $recent >= self::REGISTRATIONS_PER_HOUR ) {
			return null;
		}
		$token = bin2hex( random_bytes( 32 ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$wpdb->insert(
			$table,
			array(
				'url'            => $url,
				'token_hash'     => hash( 'sha256', $token ),
				'registered_gmt' => gmdate( 'Y-m-d H:i:s' ),
			)
		);
		return array(
			'site_id' => (int) $wpdb->insert_id,
			'token'   => $token,
		);
	}

	public function authenticate( int $site_id, string $token ): bool {
		global $wpdb;
		$table = Tables::name( Tables::HUB_SITES );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$hash = $wpdb->get_var( $wpdb->prepare( "SELECT token_hash FROM {$table} WHERE id = %d", $site_id ) );
		return is_string( $hash ) && '' !== $token && hash_equals( $hash, hash( 'sha256', $token ) );
	}

	public function touch( int $site_id ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$wpdb->update( Tables::name( Tables::HUB_SITES ), array( 'last_report_gmt' => gmdate( 'Y-m-d H:i:s' ) ), array( 'id' => $site_id ) );
	}
}
