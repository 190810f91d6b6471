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
use NotFound\Display\Sync;
use NotFound\Hub\Capabilities;
use NotFound\Hub\FeedImport;

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
		Plugin::instance()->reporter->schedule();
	}

	/**
	 * An update replaces the files without activating again: redo what activation does when the schema changed.
	 */
	public static function maybe_upgrade(): void {
		if ( ! Schema::is_current() ) {
			self::activate_site();
		}
	}

	public static function deactivate( bool $network_wide = false ): void {
		self::for_each_site(
			$network_wide,
			static function (): void {
				wp_clear_scheduled_hook( Sync::CRON_HOOK );
				wp_clear_scheduled_hook( Sync::REFRESH_HOOK );
				wp_clear_scheduled_hook( FeedImport::CRON_HOOK );
				wp_clear_scheduled_hook( HubReporter::CRON_HOOK );
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
