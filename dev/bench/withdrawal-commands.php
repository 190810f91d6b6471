<?php
/**
 * WP-CLI commands for the withdrawal section of `npm run bench` (--require=dev/bench/withdrawal-commands.php):
 * `wp notfound bench-password` prints a new application password of the user admin, and
 * `wp notfound bench-sites <url> <count>` registers <count> display sites at <url>?site=<n> with the hub.
 * A development tool: not part of the plugin.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Dev;

use NotFound\Database\Tables;

/**
 * Writes the rows directly: the public registration route accepts 200 sites an hour.
 */
final class BenchSites {

	/**
	 * @param list<string>          $args       The address and the number of sites.
	 * @param array<string, string> $assoc_args Unused.
	 */
	public function __invoke( array $args, array $assoc_args ): void {
		global $wpdb;
		$count = max( 1, (int) ( $args[1] ?? 1000 ) );
		for ( $i = 0; $i < $count; $i++ ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a development tool filling the plugin's own table.
			$wpdb->insert(
				Tables::name( Tables::HUB_SITES ),
				array(
					'url'            => add_query_arg( 'site', $i, $args[0] ),
					'token_hash'     => str_repeat( '0', 64 ),
					'registered_gmt' => gmdate( 'Y-m-d H:i:s' ),
				)
			);
		}
		\WP_CLI::success( "{$count} sites registered." );
	}
}

\WP_CLI::add_command( 'notfound bench-sites', BenchSites::class );
\WP_CLI::add_command(
	'notfound bench-password',
	static function (): void {
		$admin    = get_user_by( 'login', 'admin' );
		$password = $admin ? \WP_Application_Passwords::create_new_application_password( $admin->ID, array( 'name' => 'bench ' . time() ) ) : null;
		if ( ! is_array( $password ) ) {
			\WP_CLI::error( 'No application password for admin.' );
		}
		\WP_CLI::line( $password[0] );
	}
);
