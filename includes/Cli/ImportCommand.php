<?php
/**
 * WP-CLI: `wp notfound import` on a hub.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Cli;

use NotFound\Hub\FeedImport;
use NotFound\Hub\ImportAlerts;
use NotFound\Hub\Partners;

/**
 * Imports posters from every partner feed now, or confirms a partner's import run that the circuit
 * breaker held.
 */
final class ImportCommand {

	public function __construct(
		private readonly FeedImport $import,
		private readonly Partners $partners,
		private readonly ImportAlerts $alerts
	) {}

	/**
	 * Imports posters from every partner feed now. A run that would withdraw more than half of a partner's
	 * imported posters withdraws none and waits for --confirm.
	 *
	 * ## OPTIONS
	 *
	 * [--confirm=<partner>]
	 * : The slug of a partner whose held run's withdrawals to apply, once its feed is checked.
	 *
	 * ## EXAMPLES
	 *
	 *     wp notfound import
	 *     wp notfound import --confirm=example-partner
	 *
	 * @param list<string>          $args Unused.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function __invoke( array $args, array $assoc_args ): void {
		if ( isset( $assoc_args['confirm'] ) ) {
			$this->confirm( (string) $assoc_args['confirm'] );
			return;
		}
		foreach ( $this->import->run() as $partner_id => $report ) {
			\WP_CLI::line( sprintf( 'Partner %d: %d imported, %d unchanged, %d withdrawn, %d withdrawals held.', $partner_id, $report['imported'], $report['unchanged'], $report['withdrawn'], $report['held'] ) );
			foreach ( $report['errors'] as $item => $error ) {
				\WP_CLI::warning( "{$item}: {$error}" );
			}
		}
		foreach ( $this->alerts->messages() as $message ) {
			\WP_CLI::warning( $message );
		}
		\WP_CLI::success( 'Import finished.' );
	}

	private function confirm( string $slug ): void {
		$partner   = $this->partners->by_slug( $slug );
		$withdrawn = null === $partner ? new \WP_Error( 'notfound_unknown_partner', "No partner with the slug {$slug}." ) : $this->import->confirm( $partner['id'] );
		if ( is_wp_error( $withdrawn ) ) {
			\WP_CLI::error( $withdrawn->get_error_message() );
			return;
		}
		\WP_CLI::success( sprintf( 'Confirmed: %d posters withdrawn.', $withdrawn ) );
	}
}
