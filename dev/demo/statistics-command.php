<?php
/**
 * `wp notfound demo-statistics --require=dev/demo/statistics-command.php`: fills the demo hub's Statistics
 * screen with 60 days of invented display reports from three invented display sites, once. npm start runs
 * it; the test environment does not (its tests report their own figures).
 * A development tool: not part of the plugin, never in the release zip.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Dev;

use NotFound\Hub\Stats\ReportingSites;
use NotFound\Plugin;

/**
 * Seeds the demo hub's statistics.
 */
final class DemoStatistics {

	private const SITES = array( 'https://library.example.org/', 'https://football-club.example.org/', 'https://bakery.example.org/' );
	private const DAYS  = 60;

	/** Where each invented site's visitors come from, with weights. */
	private const VISITORS = array(
		array(
			'BE' => 6,
			'NL' => 3,
			'FR' => 1,
		),
		array(
			'FR' => 5,
			'BE' => 2,
			'ZZ' => 1,
		),
		array(
			'NL' => 4,
			'DE' => 2,
			'BE' => 1,
		),
	);

	/**
	 * @param list<string>          $args Unused.
	 * @param array<string, string> $assoc_args Unused.
	 */
	public function __invoke( array $args, array $assoc_args ): void {
		global $wpdb;
		$sites_table = $wpdb->prefix . 'notfound_hub_sites';
		if ( (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$sites_table}" ) > 0 ) { // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- a dev tool on the plugin's own table.
			\WP_CLI::success( 'Demo statistics already there.' );
			return;
		}
		$posters = array_column( Plugin::instance()->hub_posters->active( array(), null, 500 ), 'id' );
		$sites   = new ReportingSites();
		foreach ( self::SITES as $index => $url ) {
			$site = $sites->register( $url );
			if ( null === $site ) {
				\WP_CLI::error( 'The hub refused to register the demo sites.' );
			}
			$sites->mark_verified( $site['site_id'] ); // Invented sites cannot serve a challenge: seeded as verified.
			for ( $ago = self::DAYS; $ago >= 1; $ago-- ) {
				$day = gmdate( 'Y-m-d', time() - $ago * DAY_IN_SECONDS );
				Plugin::instance()->hub_display_counts->replace_day( $site['site_id'], $day, self::rows( $posters, self::VISITORS[ $index ], $day, $url ) );
			}
		}
		\WP_CLI::success( sprintf( 'Demo statistics: %d sites, %d days.', count( self::SITES ), self::DAYS ) );
	}

	/**
	 * Invented but steady numbers: the same day always gets the same figures, weekends a little more.
	 *
	 * @param list<string>       $posters
	 * @param array<string, int> $visitors
	 * @return list<array{poster_id: string, country: string, displays: int}>
	 */
	private static function rows( array $posters, array $visitors, string $day, string $site ): array {
		$weekend = in_array( gmdate( 'N', (int) strtotime( $day ) ), array( '6', '7' ), true ) ? 2 : 1;
		$rows    = array();
		foreach ( $posters as $poster_id ) {
			foreach ( $visitors as $country => $weight ) {
				$displays = ( crc32( $site . $day . $poster_id . $country ) % 7 ) * $weight * $weekend;
				if ( $displays > 0 ) {
					$rows[] = array(
						'poster_id' => (string) $poster_id,
						'country'   => $country,
						'displays'  => $displays,
					);
				}
			}
		}
		return $rows;
	}
}

\WP_CLI::add_command( 'notfound demo-statistics', DemoStatistics::class );
