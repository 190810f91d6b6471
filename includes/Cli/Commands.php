<?php
/**
 * WP-CLI: `wp notfound sync`, `wp notfound status`, and on a hub `wp notfound import`; the other groups' classes.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Cli;

use NotFound\Display\LocalPosters;
use NotFound\Display\Sync;

/**
 * Manages NotFound's local copy of the hub's posters.
 */
final class Commands {

	public function __construct(
		private readonly Sync $sync,
		private readonly LocalPosters $posters,
		private readonly ImportCommand $import_command,
		private readonly PosterCommands $poster_commands,
		private readonly SettingsCommands $settings_commands,
		private readonly DisplayCommands $display_commands
	) {}

	public function add_hooks(): void {
		\WP_CLI::add_command( 'notfound sync', array( $this, 'sync' ) );
		\WP_CLI::add_command( 'notfound status', array( $this, 'status' ) );
		\WP_CLI::add_command( 'notfound import', $this->import_command );
		\WP_CLI::add_command( 'notfound poster', $this->poster_commands );
		\WP_CLI::add_command( 'notfound settings', $this->settings_commands );
		\WP_CLI::add_command( 'notfound displays', $this->display_commands );
	}

	/**
	 * Fetches the hub's feed now and replaces the local copy.
	 *
	 * ## EXAMPLES
	 *
	 *     wp notfound sync
	 *
	 * @param list<string>          $args Unused.
	 * @param array<string, string> $assoc_args Unused.
	 */
	public function sync( array $args, array $assoc_args ): void {
		$result = $this->sync->run( true );
		if ( is_wp_error( $result ) ) {
			\WP_CLI::error( $result->get_error_message() );
			return;
		}
		foreach ( $result['dropped'] as $id => $reason ) {
			\WP_CLI::warning( "Dropped {$id}: {$reason}" );
		}
		\WP_CLI::success( sprintf( 'Sync %s: %d posters stored.', $result['status'], $result['stored'] ) );
	}

	/**
	 * Shows when the local copy was last confirmed by the hub and how many posters it holds.
	 *
	 * @param list<string>          $args Unused.
	 * @param array<string, string> $assoc_args Unused.
	 */
	public function status( array $args, array $assoc_args ): void {
		$state = $this->sync->state()->get();
		\WP_CLI::line( 'Posters stored: ' . count( $this->posters->ids() ) );
		\WP_CLI::line( 'Last confirmed: ' . ( $state['confirmed_at'] ? gmdate( 'c', $state['confirmed_at'] ) : 'never' ) );
		\WP_CLI::line( 'Last error:     ' . ( $state['last_error'] ? $state['last_error'] : 'none' ) );
	}
}
