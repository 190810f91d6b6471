<?php
/**
 * The display counters: one row per poster, day (UTC) and country, incremented atomically.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Counting;

use NotFound\Database\Tables;

/**
 * Increments are one INSERT … ON DUPLICATE KEY UPDATE: the database adds, so concurrent requests never
 * lose one. Rows older than the retention are deleted daily, so the table stays bounded.
 *
 * @phpstan-type CountRow array{poster_id: string, country: string, displays: int}
 */
final class DisplayCounts {

	/**
	 * @param array<string, int> $increments "poster_id|country" => displays to add.
	 */
	public function add( array $increments, ?string $day = null ): void {
		global $wpdb;
		$rows   = array();
		$values = array();
		foreach ( $increments as $key => $displays ) {
			list( $poster_id, $country ) = explode( '|', $key, 2 ) + array( '', '' );
			if ( '' === $poster_id || $displays < 1 ) {
				continue;
			}
			$rows[] = '(%s, %s, %s, %d)';
			array_push( $values, $day ?? gmdate( 'Y-m-d' ), $poster_id, $country, $displays );
		}
		if ( ! $rows ) {
			return;
		}
		$table = Tables::name( Tables::DISPLAYS );
		$sql   = "INSERT INTO {$table} (day, poster_id, country, displays) VALUES " . implode( ', ', $rows ) . ' ON DUPLICATE KEY UPDATE displays = displays + VALUES(displays)';
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- counters; $sql holds only the table name and the placeholders built above, every value goes through prepare().
		$wpdb->query( $wpdb->prepare( $sql, $values ) );
	}

	/**
	 * @return list<CountRow>
	 */
	public function for_day( string $day ): array {
		global $wpdb;
		$table = Tables::name( Tables::DISPLAYS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT poster_id, country, displays FROM {$table} WHERE day = %s ORDER BY poster_id, country", $day ), ARRAY_A );
		return array_values(
			array_map(
				static fn( array $row ): array => array(
					'poster_id' => (string) $row['poster_id'],
					'country'   => (string) $row['country'],
					'displays'  => (int) $row['displays'],
				),
				is_array( $rows ) ? $rows : array()
			)
		);
	}

	/**
	 * Displays per day from $from (inclusive), oldest first.
	 *
	 * @return array<string, int>
	 */
	public function per_day( string $from ): array {
		global $wpdb;
		$table = Tables::name( Tables::DISPLAYS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT day, SUM(displays) AS displays FROM {$table} WHERE day >= %s GROUP BY day ORDER BY day", $from ), ARRAY_A );
		$days = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$days[ (string) $row['day'] ] = (int) $row['displays'];
		}
		return $days;
	}

	public function total(): int {
		global $wpdb;
		$table = Tables::name( Tables::DISPLAYS );
		return (int) $wpdb->get_var( "SELECT COALESCE(SUM(displays), 0) FROM {$table}" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
	}

	/**
	 * Deletes the days older than $days days. Returns the rows deleted.
	 */
	public function prune( int $days, ?int $now = null ): int {
		global $wpdb;
		$table = Tables::name( Tables::DISPLAYS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE day < %s", self::day_before( $days, $now ) ) );
	}

	/**
	 * The first day kept when $days days are kept, today included.
	 */
	public static function day_before( int $days, ?int $now = null ): string {
		return gmdate( 'Y-m-d', ( $now ?? time() ) - ( $days - 1 ) * DAY_IN_SECONDS );
	}
}
