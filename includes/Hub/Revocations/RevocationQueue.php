<?php
/**
 * The hub's signed revocations and, per registered display site, whether each still has to be delivered.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub\Revocations;

use NotFound\Database\Tables;

/**
 * Queuing a revocation is two statements whatever the number of sites (one INSERT … SELECT makes every
 * delivery). A delivery row is deleted when the site took it or when the hub gives up on the site.
 *
 * @phpstan-type Delivery array{revocation_id: int, site_id: int, attempts: int, url: string, body: string, signature: string}
 */
final class RevocationQueue {

	/**
	 * Queues a signed revocation for every registered site.
	 *
	 * @return int How many sites it is queued for.
	 */
	public function add( string $poster_id, string $body, string $signature, int $expires_at ): int {
		global $wpdb;
		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- the plugin's own tables, see docs/storage.md.
		$wpdb->insert(
			Tables::name( Tables::REVOCATIONS ),
			array(
				'poster_id'   => $poster_id,
				'body'        => $body,
				'signature'   => $signature,
				'expires_gmt' => gmdate( 'Y-m-d H:i:s', $expires_at ),
			)
		);
		$deliveries = Tables::name( Tables::DELIVERIES );
		$sites      = Tables::name( Tables::HUB_SITES );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names from code.
		$queued = $wpdb->query( $wpdb->prepare( "INSERT INTO {$deliveries} (revocation_id, site_id, attempts, next_gmt) SELECT %d, id, 0, %s FROM {$sites}", (int) $wpdb->insert_id, gmdate( 'Y-m-d H:i:s' ) ) );
		// phpcs:enable
		return (int) $queued;
	}

	/**
	 * Deliveries due now, oldest revocation first.
	 *
	 * @return list<Delivery>
	 */
	public function due( int $limit ): array {
		global $wpdb;
		$deliveries  = Tables::name( Tables::DELIVERIES );
		$revocations = Tables::name( Tables::REVOCATIONS );
		$sites       = Tables::name( Tables::HUB_SITES );
		$now         = gmdate( 'Y-m-d H:i:s' );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names from code.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT d.revocation_id, d.site_id, d.attempts, s.url, r.body, r.signature FROM {$deliveries} d JOIN {$revocations} r ON r.id = d.revocation_id JOIN {$sites} s ON s.id = d.site_id WHERE d.next_gmt <= %s AND r.expires_gmt > %s ORDER BY d.revocation_id, d.site_id LIMIT %d", $now, $now, $limit ), ARRAY_A );
		$due  = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$due[] = array(
				'revocation_id' => (int) $row['revocation_id'],
				'site_id'       => (int) $row['site_id'],
				'attempts'      => (int) $row['attempts'],
				'url'           => (string) $row['url'],
				'body'          => (string) $row['body'],
				'signature'     => (string) $row['signature'],
			);
		}
		return $due;
	}

	/**
	 * Forgets these deliveries: delivered, or given up (the site keeps its own sync).
	 *
	 * @param list<Delivery> $deliveries
	 */
	public function finish( array $deliveries ): void {
		global $wpdb;
		if ( ! $deliveries ) {
			return;
		}
		$pairs = implode( ',', array_map( static fn( array $delivery ): string => sprintf( '(%d,%d)', $delivery['revocation_id'], $delivery['site_id'] ), $deliveries ) );
		$table = Tables::name( Tables::DELIVERIES );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name from code, pairs are integers formatted above.
		$wpdb->query( "DELETE FROM {$table} WHERE (revocation_id, site_id) IN ({$pairs})" );
	}

	/**
	 * Tries this delivery again at $at.
	 *
	 * @param Delivery $delivery
	 */
	public function retry( array $delivery, int $at ): void {
		global $wpdb;
		$wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
			Tables::name( Tables::DELIVERIES ),
			array(
				'attempts' => $delivery['attempts'] + 1,
				'next_gmt' => gmdate( 'Y-m-d H:i:s', $at ),
			),
			array(
				'revocation_id' => $delivery['revocation_id'],
				'site_id'       => $delivery['site_id'],
			)
		);
	}

	/**
	 * When the next delivery is due, or null when none is left.
	 */
	public function next_due(): ?int {
		global $wpdb;
		$deliveries = Tables::name( Tables::DELIVERIES );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name from code.
		$next = $wpdb->get_var( "SELECT MIN(next_gmt) FROM {$deliveries}" );
		return is_string( $next ) ? (int) strtotime( $next . ' UTC' ) : null;
	}

	/**
	 * Deletes expired revocations and what is left of their deliveries: their sites have synced since.
	 */
	public function prune(): void {
		global $wpdb;
		$deliveries  = Tables::name( Tables::DELIVERIES );
		$revocations = Tables::name( Tables::REVOCATIONS );
		$now         = gmdate( 'Y-m-d H:i:s' );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names from code.
		$wpdb->query( $wpdb->prepare( "DELETE d FROM {$deliveries} d JOIN {$revocations} r ON r.id = d.revocation_id WHERE r.expires_gmt <= %s", $now ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$revocations} WHERE expires_gmt <= %s", $now ) );
		// phpcs:enable
	}

	/**
	 * Deliveries left, for the command line and tests.
	 *
	 * @return list<array{site_id: int, attempts: int}>
	 */
	public function pending( string $poster_id ): array {
		global $wpdb;
		$deliveries  = Tables::name( Tables::DELIVERIES );
		$revocations = Tables::name( Tables::REVOCATIONS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names from code.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT d.site_id, d.attempts FROM {$deliveries} d JOIN {$revocations} r ON r.id = d.revocation_id WHERE r.poster_id = %s ORDER BY d.site_id", $poster_id ), ARRAY_A );
		return array_map(
			static fn( array $row ): array => array(
				'site_id'  => (int) $row['site_id'],
				'attempts' => (int) $row['attempts'],
			),
			is_array( $rows ) ? array_values( $rows ) : array()
		);
	}
}
