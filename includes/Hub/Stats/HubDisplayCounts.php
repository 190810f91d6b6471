<?php
/**
 * The display counts sites report, per site, day, poster and country.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub\Stats;

use NotFound\Database\Tables;

/**
 * A report replaces the site's whole day: sending a day again never doubles it. A day held as an outlier
 * (see Plausibility) is stored but left out of every sum until a hub administrator accepts it.
 *
 * @phpstan-type HeldDay array{site_id: int, url: string, day: string, displays: int}
 */
final class HubDisplayCounts {

	private const BATCH = 500;

	/**
	 * Sets each row to the reported number, then deletes the day's rows the report no longer has. Both
	 * steps set rather than add, so a day sent twice, or two sends racing, end where the last one says.
	 *
	 * @param list<array{poster_id: string, country: string, displays: int}> $rows
	 * @param bool                                                           $held Left out of the sums until accepted.
	 */
	public function replace_day( int $site_id, string $day, array $rows, bool $held = false ): void {
		global $wpdb;
		$table = Tables::name( Tables::HUB_DISPLAYS );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare, WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- the plugin's own table; placeholders built below, their values passed as one array (which the sniff cannot count).
		foreach ( array_chunk( $rows, self::BATCH ) as $batch ) {
			$values = array();
			foreach ( $batch as $row ) {
				array_push( $values, $site_id, $day, $row['poster_id'], $row['country'], $row['displays'], (int) $held );
			}
			$placeholders = implode( ', ', array_fill( 0, count( $batch ), '(%d, %s, %s, %s, %d, %d)' ) );
			$wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (site_id, day, poster_id, country, displays, held) VALUES {$placeholders} ON DUPLICATE KEY UPDATE displays = VALUES(displays), held = VALUES(held)", $values ) );
		}
		$kept = array();
		foreach ( $rows as $row ) {
			array_push( $kept, $row['poster_id'], $row['country'] );
		}
		$not_kept = $rows ? ' AND (poster_id, country) NOT IN (' . implode( ', ', array_fill( 0, count( $rows ), '(%s, %s)' ) ) . ')' : '';
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE site_id = %d AND day = %s{$not_kept}", array_merge( array( $site_id, $day ), $kept ) ) );
		// phpcs:enable
	}

	public function prune( int $days, ?int $now = null ): int {
		global $wpdb;
		$table = Tables::name( Tables::HUB_DISPLAYS );
		$first = gmdate( 'Y-m-d', ( $now ?? time() ) - ( $days - 1 ) * DAY_IN_SECONDS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE day < %s", $first ) );
	}

	/**
	 * Sums over a period, grouped by one column (or none), limited to one organisation's posters if given.
	 *
	 * @param 'day'|'country'|'poster_id'|'day,poster_id,country'|null $group
	 * @return list<array<string, string>>
	 */
	public function sums( string $from, string $to, ?int $partner_id, ?string $group, int $limit = 0 ): array {
		global $wpdb;
		$table   = Tables::name( Tables::HUB_DISPLAYS );
		$posters = Tables::name( Tables::HUB_POSTERS );
		$columns = null === $group ? '' : implode( ', ', array_map( static fn( string $column ): string => 'd.' . $column, explode( ',', $group ) ) );
		$join    = null === $partner_id ? '' : "JOIN {$posters} p ON p.id = d.poster_id AND p.partner_id = " . (int) $partner_id;
		$grouped = '' === $columns ? '' : "GROUP BY {$columns} ORDER BY " . ( 'poster_id' === $group ? 'displays DESC, d.poster_id' : $columns );
		$columns = '' === $columns ? '' : $columns . ', ';
		$limited = $limit > 0 ? ' LIMIT ' . $limit : '';
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names and grouping from code, not input.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT {$columns}SUM(d.displays) AS displays, COUNT(DISTINCT d.site_id) AS sites FROM {$table} d {$join} WHERE d.day BETWEEN %s AND %s AND d.held = 0 {$grouped}{$limited}", $from, $to ), ARRAY_A );
		return is_array( $rows ) ? array_values( $rows ) : array();
	}

	/**
	 * The median of the site's accepted daily totals over the $days days before $day; 0 without any.
	 */
	public function usual_day( int $site_id, string $day, int $days = 30 ): int {
		global $wpdb;
		$table = Tables::name( Tables::HUB_DISPLAYS );
		$first = gmdate( 'Y-m-d', (int) strtotime( $day . " -{$days} days UTC" ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$totals = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT SUM(displays) AS total FROM {$table} WHERE site_id = %d AND day >= %s AND day < %s AND held = 0 GROUP BY day ORDER BY total", $site_id, $first, $day ) ) );
		return $totals ? $totals[ intdiv( count( $totals ), 2 ) ] : 0;
	}

	/**
	 * What the sums already count of the site's day (0 when the day is held or was never sent).
	 */
	public function accepted_total( int $site_id, string $day ): int {
		global $wpdb;
		$table = Tables::name( Tables::HUB_DISPLAYS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COALESCE(SUM(displays), 0) FROM {$table} WHERE site_id = %d AND day = %s AND held = 0", $site_id, $day ) );
	}

	/**
	 * @return list<HeldDay> Oldest first, at most $limit.
	 */
	public function held_days( int $limit = 500 ): array {
		global $wpdb;
		$table = Tables::name( Tables::HUB_DISPLAYS );
		$sites = Tables::name( Tables::HUB_SITES );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own tables.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT d.site_id, COALESCE(s.url, '') AS url, d.day, SUM(d.displays) AS displays FROM {$table} d LEFT JOIN {$sites} s ON s.id = d.site_id WHERE d.held = 1 GROUP BY d.site_id, s.url, d.day ORDER BY d.day, d.site_id LIMIT %d", $limit ), ARRAY_A );
		return array_map(
			static fn( array $row ): array => array(
				'site_id'  => (int) $row['site_id'],
				'url'      => (string) $row['url'],
				'day'      => (string) $row['day'],
				'displays' => (int) $row['displays'],
			),
			is_array( $rows ) ? array_values( $rows ) : array()
		);
	}

	/**
	 * Counts a site's held day (or all its held days) in the sums from now on. Returns the rows accepted.
	 */
	public function accept( int $site_id, ?string $day ): int {
		global $wpdb;
		$table = Tables::name( Tables::HUB_DISPLAYS );
		$where = null === $day ? '' : $wpdb->prepare( ' AND day = %s', $day );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table; $where prepared above.
		return (int) $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET held = 0 WHERE site_id = %d AND held = 1", $site_id ) . $where );
	}
}
