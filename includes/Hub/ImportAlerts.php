<?php
/**
 * Tells the hub's administrators about import runs the circuit breaker holds.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Settings\Settings;

/**
 * An admin notice on the dashboard and the plugin's screens, and a Site Health test, for as long as a
 * partner's import waits for confirmation (ImportHolds).
 */
final class ImportAlerts {

	public function __construct(
		private readonly Settings $settings,
		private readonly Partners $partners,
		private readonly ImportHolds $holds = new ImportHolds()
	) {}

	public function add_hooks(): void {
		add_action( 'admin_notices', array( $this, 'notice' ) );
		add_filter( 'site_status_tests', array( $this, 'register' ) );
	}

	public function notice(): void {
		$screen = get_current_screen();
		if ( ! current_user_can( 'manage_options' ) || null === $screen || ! ( 'dashboard' === $screen->id || str_contains( $screen->id, 'notfound' ) ) ) {
			return;
		}
		foreach ( $this->messages() as $message ) {
			wp_admin_notice( $message, array( 'type' => 'warning' ) );
		}
	}

	/**
	 * @param array{direct?: array<string, mixed>} $tests
	 * @return array{direct?: array<string, mixed>}
	 */
	public function register( array $tests ): array {
		if ( $this->settings->hub_mode() ) {
			$tests['direct']['notfound_import_held'] = array(
				'label' => __( 'NotFound partner imports withdraw nothing unconfirmed', 'notfound' ),
				'test'  => array( $this, 'health' ),
			);
		}
		return $tests;
	}

	/**
	 * @return array{label: string, status: string, badge: array{label: string, color: string}, description: string, test: string}
	 */
	public function health(): array {
		$messages = $this->messages();
		return array(
			'label'       => $messages ? __( 'A partner import waits for confirmation before it withdraws posters', 'notfound' ) : __( 'No partner import is waiting for confirmation', 'notfound' ),
			'status'      => $messages ? 'critical' : 'good',
			'badge'       => array(
				'label' => __( 'NotFound', 'notfound' ),
				'color' => $messages ? 'red' : 'blue',
			),
			'description' => $messages ? '<p>' . implode( '</p><p>', array_map( 'esc_html', $messages ) ) . '</p>' : '',
			'test'        => 'notfound_import_held',
		);
	}

	/**
	 * One sentence per held run: whose, how many posters, and how to confirm.
	 *
	 * @return list<string>
	 */
	public function messages(): array {
		$messages = array();
		foreach ( $this->holds->all() as $partner_id => $hold ) {
			$partner    = $this->partners->get( (int) $partner_id );
			$messages[] = sprintf(
				/* translators: 1: partner organisation, 2: posters the import would withdraw, 3: its imported posters, 4: date and time, 5: the WP-CLI command that confirms. */
				__( 'The import of %1$s\'s feed would withdraw %2$d of its %3$d imported posters (%4$s), so it withdrew none. Check the feed with the organisation; if these cases are really closed, confirm with: %5$s', 'notfound' ),
				null === $partner ? '#' . $partner_id : $partner['name'],
				count( $hold['ids'] ),
				$hold['imported'],
				wp_date( 'Y-m-d H:i', $hold['at'] ),
				'wp notfound import --confirm=' . ( null === $partner ? $partner_id : $partner['slug'] )
			);
		}
		return $messages;
	}
}
