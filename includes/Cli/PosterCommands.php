<?php
/**
 * WP-CLI on a hub: `wp notfound poster list` and `wp notfound poster withdraw`.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Cli;

use NotFound\Hub\HubPosters;

/**
 * Lists and withdraws the hub's posters.
 */
final class PosterCommands {

	public function __construct( private readonly HubPosters $posters ) {}

	/**
	 * Lists the hub's posters.
	 *
	 * ## OPTIONS
	 *
	 * [--status=<status>]
	 * : active, withdrawn or any.
	 * ---
	 * default: active
	 * ---
	 *
	 * [--format=<format>]
	 * : table, csv, json or ids.
	 * ---
	 * default: table
	 * ---
	 *
	 * @param list<string>          $args Unused.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function list( array $args, array $assoc_args ): void {
		$rows = array();
		for ( $page = 1; ; ++$page ) {
			$result = $this->posters->manage_list( null, $assoc_args['status'] ?? 'active', '', '', $page, 100 );
			foreach ( $result['items'] as $item ) {
				$rows[] = array(
					'id'            => $item['poster']['id'] ?? '',
					'status'        => $item['status'],
					'first_name'    => $item['poster']['first_name'] ?? '',
					'country'       => $item['poster']['last_seen']['country'] ?? '',
					'missing_since' => $item['poster']['missing_since'] ?? '',
					'expires'       => $item['expires_on'],
				);
			}
			if ( $page * 100 >= $result['total'] ) {
				break;
			}
		}
		$format = $assoc_args['format'] ?? 'table';
		if ( 'ids' === $format ) {
			\WP_CLI::line( implode( ' ', array_column( $rows, 'id' ) ) );
			return;
		}
		\WP_CLI\Utils\format_items( $format, $rows, array( 'id', 'status', 'first_name', 'country', 'missing_since', 'expires' ) );
	}

	/**
	 * Withdraws posters: they leave the feed at once, display sites drop them at their next sync, and the hub
	 * keeps only a tombstone (id, organisation, time, reason) and deletes every photo they had.
	 *
	 * ## OPTIONS
	 *
	 * <id>...
	 * : The posters' ids.
	 *
	 * [--reason=<reason>]
	 * : Why, for audit only (never published).
	 * ---
	 * default: other
	 * options:
	 *   - found
	 *   - consent_withdrawn
	 *   - other
	 * ---
	 *
	 * @param list<string>          $args The ids.
	 * @param array<string, string> $assoc_args The reason.
	 */
	public function withdraw( array $args, array $assoc_args ): void {
		foreach ( $args as $id ) {
			$found = $this->posters->find( $id );
			if ( null === $found ) {
				\WP_CLI::error( "No poster {$id}.", false );
				continue;
			}
			$this->posters->withdraw( $id, $assoc_args['reason'] ?? 'other' );
			\WP_CLI::success( "Withdrawn: {$id}." );
		}
	}
}
