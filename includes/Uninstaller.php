<?php
/**
 * Everything NotFound leaves in a site, and how it goes when the plugin is deleted.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound;

use NotFound\Counting\HubReporter;
use NotFound\Database\Schema;
use NotFound\Database\Tables;
use NotFound\Display\PhotoCache;
use NotFound\Display\Sync;
use NotFound\Display\SyncState;
use NotFound\Hub\Capabilities;
use NotFound\Hub\ExpiryReminders;
use NotFound\Hub\FeedImport;
use NotFound\Hub\Revocations\RevocationFanout;
use NotFound\Hub\ImportHolds;
use NotFound\Hub\HubKeys;
use NotFound\Hub\HubPosters;
use NotFound\Hub\Stats\StatisticsRetention;
use NotFound\Settings\Settings;

/**
 * Photos partners uploaded to a hub's media library stay: they are the site's media, not the plugin's.
 * Partner accounts stay too, without the partner role or capability.
 */
final class Uninstaller {

	private const OPTIONS = array(
		Settings::OPTION,
		SyncState::OPTION,
		HubKeys::OPTION,
		HubPosters::VERSION_OPTION,
		FeedImport::STATE_OPTION,
		FeedImport::CACHE_OPTION,
		RevocationFanout::EXPIRY_DONE,
		ImportHolds::OPTION,
		Schema::VERSION_OPTION,
		Sync::LOCK_OPTION,
		HubReporter::STATE_OPTION,
	);

	public static function uninstall(): void {
		if ( ! is_multisite() ) {
			self::uninstall_site();
			return;
		}
		foreach ( get_sites(
			array(
				'fields' => 'ids',
				'number' => 0,
			)
		) as $site_id ) {
			switch_to_blog( (int) $site_id );
			self::uninstall_site();
			restore_current_blog();
		}
	}

	public static function uninstall_site(): void {
		global $wpdb;
		foreach ( self::OPTIONS as $option ) {
			delete_option( $option );
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the feed's cached bodies, by prefix.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", '_transient_notfound_%', '_transient_timeout_notfound_%' ) );
		foreach ( array_keys( Tables::definitions() ) as $table ) {
			$wpdb->query( 'DROP TABLE IF EXISTS ' . Tables::name( $table ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery.SchemaChange -- the plugin's own tables.
		}
		foreach ( array( Sync::CRON_HOOK, Sync::REFRESH_HOOK, FeedImport::CRON_HOOK, ExpiryReminders::CRON_HOOK, HubReporter::CRON_HOOK, StatisticsRetention::CRON_HOOK, HubPosters::EXPIRY_HOOK ) as $hook ) {
			wp_clear_scheduled_hook( $hook );
		}
		$photos = glob( PhotoCache::dir() . '/*' );
		array_map( 'wp_delete_file', is_array( $photos ) ? $photos : array() );
		if ( is_dir( PhotoCache::dir() ) ) {
			rmdir( PhotoCache::dir() ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir, WordPress.WP.AlternativeFunctions.file_system_read_rmdir -- the plugin's own, now empty, folder.
		}
		delete_metadata( 'user', 0, Capabilities::PARTNER_META, '', true );
		self::strip_partner_accounts();
		remove_role( Capabilities::ROLE );
	}

	/**
	 * Every account of this site that has the partner role or its capability loses both; the accounts
	 * themselves, and their other roles, stay.
	 */
	private static function strip_partner_accounts(): void {
		global $wpdb;
		$users = get_users(
			array(
				'blog_id'      => get_current_blog_id(),
				'meta_key'     => $wpdb->get_blog_prefix() . 'capabilities', // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key, WordPress.DB.SlowDBQuery.slow_query_meta_key -- once, on uninstall.
				'meta_value'   => 'notfound_', // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value, WordPress.DB.SlowDBQuery.slow_query_meta_value -- as above.
				'meta_compare' => 'LIKE',
			)
		);
		foreach ( $users as $user ) {
			$user->remove_role( Capabilities::ROLE );
			$user->remove_cap( Capabilities::ROLE );
			$user->remove_cap( Capabilities::OWN_POSTERS );
		}
	}
}
