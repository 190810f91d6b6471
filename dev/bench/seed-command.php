<?php
/**
 * `wp notfound bench-seed <count> --require=dev/bench/seed-command.php`: fills the hub with <count> active
 * fictional posters (copies of the demo posters spread over Europe) and ten blog posts, for `npm run bench`.
 * A development tool: not part of the plugin.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Dev;

use NotFound\Database\Tables;
use NotFound\Plugin;

/**
 * Seeds the benchmark site in bulk: one multi-row INSERT per thousand posters.
 */
final class BenchSeeder {

	/**
	 * @param list<string>          $args       The number of posters.
	 * @param array<string, string> $assoc_args Unused.
	 */
	public function __invoke( array $args, array $assoc_args ): void {
		global $wpdb;
		$count     = max( 1, (int) ( $args[0] ?? 10000 ) );
		$templates = Plugin::instance()->hub_posters->active();
		if ( ! $templates ) {
			\WP_CLI::error( 'Seed the demo first: the benchmark copies its posters.' );
		}
		$table = Tables::name( Tables::HUB_POSTERS );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE id LIKE %s", 'bench-%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- dev tool, table name from code.
		for ( $start = 0; $start < $count; $start += 1000 ) {
			$values = array();
			$end    = min( $count, $start + 1000 );
			for ( $i = $start; $i < $end; ++$i ) {
				$poster                     = $templates[ $i % count( $templates ) ];
				$poster['id']               = sprintf( 'bench-%05d', $i );
				$poster['last_seen']['lat'] = round( 36 + ( $i * 7919 % 2000 ) / 100, 4 );
				$poster['last_seen']['lon'] = round( -9 + ( $i * 104729 % 3500 ) / 100, 4 );
				$values[]                   = $wpdb->prepare(
					'(%s, %d, %s, %s, %f, %f, %s, %s, %s, %s, %s)',
					$poster['id'],
					1,
					'active',
					$poster['last_seen']['country'],
					$poster['last_seen']['lat'],
					$poster['last_seen']['lon'],
					$poster['missing_since'],
					$poster['expires'],
					gmdate( 'Y-m-d H:i:s' ),
					'import',
					wp_json_encode( $poster )
				);
			}
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- dev tool, values prepared above.
			$wpdb->query( "INSERT INTO {$table} (id, partner_id, status, country, latitude, longitude, missing_since, expires_on, modified_gmt, origin, data) VALUES " . implode( ',', $values ) );
		}
		update_option( 'notfound_feed_version', (int) get_option( 'notfound_feed_version', 0 ) + 1 );
		for ( $posts = count( get_posts( array( 'numberposts' => 10 ) ) ); $posts < 10; ++$posts ) {
			wp_insert_post(
				array(
					'post_title'   => 'Benchmark post ' . ( $posts + 1 ),
					'post_content' => str_repeat( '<!-- wp:paragraph --><p>A paragraph of an ordinary blog post.</p><!-- /wp:paragraph -->', 5 ),
					'post_status'  => 'publish',
				)
			);
		}
		\WP_CLI::success( sprintf( '%d benchmark posters and 10 posts.', $count ) );
	}
}

\WP_CLI::add_command( 'notfound bench-seed', BenchSeeder::class );
