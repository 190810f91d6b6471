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
 * Each site gets an id, a random token and a one-time challenge at registration; only SHA-256 hashes of the
 * token and challenge are stored, so a copy of the database can neither report in a site's name nor pass
 * its challenge. The token counts only once the site has proved control of its address (SiteChallenge).
 *
 * @phpstan-type SiteRow array{url: string, challenge_hash: string, registered_gmt: string, verified: bool}
 */
final class ReportingSites {

	/** Registrations accepted per hour for one host: a flood from one host never blocks another. */
	public const REGISTRATIONS_PER_HOST = 5;
	/** How long a challenge can be answered; the display site answers within seconds. */
	public const CHALLENGE_LIFETIME = 15 * MINUTE_IN_SECONDS;
	/** Registrations never completed are deleted after this, by the hub's daily job (StatisticsRetention). */
	public const PENDING_KEPT = HOUR_IN_SECONDS;
	/** Verified sites that have not reported for this many days are deleted (their counts stay). */
	public const SILENT_DAYS = 90;

	/**
	 * @return array{site_id: int, token: string, challenge: string}|null Null when the host registered too often in the last hour.
	 */
	public function register( string $url ): ?array {
		global $wpdb;
		$table = Tables::name( Tables::HUB_SITES );
		$host  = strtolower( (string) wp_parse_url( $url, PHP_URL_HOST ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$recent = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE host = %s AND registered_gmt > %s", $host, gmdate( 'Y-m-d H:i:s', time() - HOUR_IN_SECONDS ) ) );
		if ( $recent >= self::REGISTRATIONS_PER_HOST ) {
			return null;
		}
		$token     = bin2hex( random_bytes( 32 ) );
		$challenge = bin2hex( random_bytes( 32 ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$wpdb->insert(
			$table,
			array(
				'url'            => $url,
				'host'           => $host,
				'token_hash'     => hash( 'sha256', $token ),
				'challenge_hash' => hash( 'sha256', $challenge ),
				'registered_gmt' => gmdate( 'Y-m-d H:i:s' ),
			)
		);
		return array(
			'site_id'   => (int) $wpdb->insert_id,
			'token'     => $token,
			'challenge' => $challenge,
		);
	}

	/**
	 * The site, when the token is its own (verified or not).
	 *
	 * @return SiteRow|null
	 */
	public function authenticate( int $site_id, string $token ): ?array {
		global $wpdb;
		$table = Tables::name( Tables::HUB_SITES );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT url, token_hash, challenge_hash, registered_gmt, verified_gmt FROM {$table} WHERE id = %d", $site_id ), ARRAY_A );
		if ( ! is_array( $row ) || '' === $token || ! hash_equals( (string) $row['token_hash'], hash( 'sha256', $token ) ) ) {
			return null;
		}
		return array(
			'url'            => (string) $row['url'],
			'challenge_hash' => (string) $row['challenge_hash'],
			'registered_gmt' => (string) $row['registered_gmt'],
			'verified'       => null !== $row['verified_gmt'],
		);
	}

	/**
	 * The site proved control of its address: its token counts from now on, and its challenge is spent.
	 */
	public function mark_verified( int $site_id ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$wpdb->update(
			Tables::name( Tables::HUB_SITES ),
			array(
				'verified_gmt'   => gmdate( 'Y-m-d H:i:s' ),
				'challenge_hash' => '',
			),
			array( 'id' => $site_id )
		);
	}

	public function touch( int $site_id ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$wpdb->update( Tables::name( Tables::HUB_SITES ), array( 'last_report_gmt' => gmdate( 'Y-m-d H:i:s' ) ), array( 'id' => $site_id ) );
	}

	/**
	 * @return string|null The address a site registered, or null for no such site.
	 */
	public function url( int $site_id ): ?string {
		global $wpdb;
		$table = Tables::name( Tables::HUB_SITES );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$url = $wpdb->get_var( $wpdb->prepare( "SELECT url FROM {$table} WHERE id = %d", $site_id ) );
		return is_string( $url ) ? $url : null;
	}

	/**
	 * Deletes registrations never completed within PENDING_KEPT, and verified sites silent for SILENT_DAYS
	 * (never reported: counted from their verification). Returns the rows deleted.
	 */
	public function purge( ?int $now = null ): int {
		global $wpdb;
		$now    = $now ?? time();
		$table  = Tables::name( Tables::HUB_SITES );
		$silent = gmdate( 'Y-m-d H:i:s', $now - self::SILENT_DAYS * DAY_IN_SECONDS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE ( verified_gmt IS NULL AND registered_gmt < %s ) OR ( verified_gmt IS NOT NULL AND COALESCE( last_report_gmt, verified_gmt ) < %s )", gmdate( 'Y-m-d H:i:s', $now - self::PENDING_KEPT ), $silent ) );
	}
}
