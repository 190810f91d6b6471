<?php
/**
 * What activating and deactivating the plugin changes.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound;

use NotFound\Counting\HubReporter;
use NotFound\Database\Schema;
use NotFound\Database\Tables;
use NotFound\Display\Sync;
use NotFound\Hub\Capabilities;
use NotFound\Hub\ExpiryReminders;
use NotFound\Hub\FeedImport;
use NotFound\Hub\Revocations\RevocationFanout;
use NotFound\Hub\Stats\StatisticsRetention;
use NotFound\Hub\HubPosters;

/**
 * Activation creates the tables and the partner role and schedules the sync; deactivation unschedules it
 * (data stays). On a network each site has its own tables, settings and schedule: network activation sets
 * up every site, and a site added later (or missed) is set up on its first request by maybe_upgrade().
 */
final class Activation {

	public static function activate( bool $network_wide = false ): void {
		self::for_each_site( $network_wide, array( self::class, 'activate_site' ) );
	}

	public static function activate_site(): void {
		( new Schema() )->install();
		Capabilities::add_role();
		Plugin::instance()->sync->schedule();
		Plugin::instance()->feed_import->schedule();
		Plugin::instance()->fanout->schedule();
		Plugin::instance()->expiry_reminders->schedule();
		Plugin::instance()->hub_posters->schedule();
		Plugin::instance()->reporter->schedule();
		Plugin::instance()->statistics_retention->schedule();
	}

	/**
	 * An update replaces the files without activating again: redo what activation does when the schema changed.
	 */
	public static function maybe_upgrade(): void {
		if ( ! Schema::is_current() ) {
			self::activate_site();
		}
	}

	/**
	 * A site added to a network where the plugin is network-active is set up at once, not on its first request.
	 */
	public static function initialize_site( \WP_Site $site ): void {
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		if ( ! is_plugin_active_for_network( plugin_basename( PLUGIN_FILE ) ) ) {
			return;
		}
		switch_to_blog( (int) $site->blog_id );
		self::activate_site();
		restore_current_blog();
	}

	/**
	 * Deleting a site from the network deletes its NotFound tables too.
	 *
	 * @param list<string> $tables  Tables core drops.
	 * @param int          $site_id The site being deleted.
	 * @return list<string>
	 */
	public static function drop_site_tables( array $tables, int $site_id ): array {
		global $wpdb;
		foreach ( array_keys( Tables::definitions() ) as $table ) {
			$tables[] = $wpdb->get_blog_prefix( $site_id ) . $table;
		}
		return $tables;
	}

	public static function deactivate( bool $network_wide = false ): void {
		self::for_each_site(
			$network_wide,
			static function (): void {
				wp_clear_scheduled_hook( Sync::CRON_HOOK );
				wp_clear_scheduled_hook( Sync::REFRESH_HOOK );
				wp_clear_scheduled_hook( FeedImport::CRON_HOOK );
				wp_clear_scheduled_hook( RevocationFanout::CRON_HOOK );
				wp_clear_scheduled_hook( RevocationFanout::EXPIRY_HOOK );
				wp_clear_scheduled_hook( ExpiryReminders::CRON_HOOK );
				wp_clear_scheduled_hook( HubReporter::CRON_HOOK );
				wp_clear_scheduled_hook( StatisticsRetention::CRON_HOOK );
				wp_clear_scheduled_hook( HubPosters::EXPIRY_HOOK );
			}
		);
	}

	private static function for_each_site( bool $network_wide, callable $task ): void {
		if ( ! $network_wide || ! is_multisite() ) {
			$task();
			return;
		}
		$sites = get_sites(
			array(
				'fields' => 'ids',
				'number' => 0,
			)
		);
		foreach ( $sites as $site_id ) {
			switch_to_blog( (int) $site_id );
			$task();
			restore_current_blog();
		}
	}
}
