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

/**
 * Activation creates the tables and the partner role and schedules the sync; deactivation unschedules it (data stays).
 */
final class Activation {

	public static function activate(): void {
		( new Schema() )->install();
		Capabilities::add_role();
		Plugin::instance()->sync->schedule();
	}

	public static function deactivate(): void {
		wp_clear_scheduled_hook( Sync::CRON_HOOK );
	}
}
