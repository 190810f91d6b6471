<?php
/**
 * What activating and deactivating the plugin changes.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound;

use NotFound\Database\Schema;
use NotFound\Display\Sync;
use NotFound\Hub\Capabilities;
use NotFound\Hub\FeedImport;

/**
 * Activation creates the tables and the partner role and schedules the sync; deactivation unschedules it (data stays).
 */
final class Activation {

	public static function activate(): void {
		( new Schema() )->install();
		Capabilities::add_role();
		Plugin::instance()->sync->schedule();
		Plugin::instance()->feed_import->schedule();
	}

	/**
	 * An update replaces the files without activating again: redo what activation does when the schema changed.
	 */
	public static function maybe_upgrade(): void {
		if ( ! Schema::is_current() ) {
			self::activate();
		}
	}

	public static function deactivate(): void {
		wp_clear_scheduled_hook( Sync::CRON_HOOK );
		wp_clear_scheduled_hook( FeedImport::CRON_HOOK );
	}
}
