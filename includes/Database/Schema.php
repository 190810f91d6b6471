<?php
/**
 * The plugin's custom tables and their upgrades.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Database;

/**
 * Creates or upgrades the tables with dbDelta; Activation runs it again whenever the stored version differs.
 */
final class Schema {

	public const VERSION        = 5;
	public const VERSION_OPTION = 'notfound_db_version';

	public static function is_current(): bool {
		return (int) get_option( self::VERSION_OPTION, 0 ) === self::VERSION;
	}

	public function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$charset = $wpdb->get_charset_collate();
		foreach ( Tables::definitions() as $table => $columns ) {
			dbDelta( "CREATE TABLE {$wpdb->prefix}{$table} (\n{$columns}\n) {$charset};" );
		}
		update_option( self::VERSION_OPTION, self::VERSION, true );
	}
}
