<?php
/**
 * Two Site Health tests: posters are fresh, and the hub key is pinned with a valid feed signature.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

use NotFound\Settings\Settings;

/**
 * Each result says what is wrong in plain words and what to do about it.
 */
final class SiteHealth {

	public function __construct(
		private readonly Settings $settings,
		private readonly Sync $sync
	) {}

	public function add_hooks(): void {
		add_filter( 'site_status_tests', array( $this, 'register' ) );
	}

	/**
	 * @param array<string, array<string, mixed>> $tests
	 * @return array<string, array<string, mixed>>
	 */
	public function register( array $tests ): array {
		$tests['direct']['notfound_fresh'] = array(
			'label' => __( 'NotFound posters are fresh', 'notfound' ),
			'test'  => array( $this, 'freshness' ),
		);
		$tests['direct']['notfound_key']   = array(
			'label' => __( 'NotFound hub key pinned and feed signature valid', 'notfound' ),
			'test'  => array( $this, 'key' ),
		);
		return $tests;
	}

	/**
	 * @return array<string, mixed>
	 */
	public function freshness(): array {
		$state = $this->sync->state()->get();
		if ( $this->sync->state()->is_fresh( $this->settings->all()['max_age_minutes'] ) ) {
			return $this->result( 'notfound_fresh', 'good', __( 'NotFound posters are fresh', 'notfound' ), __( 'The poster hub confirmed this site\'s copy of the posters recently, so the 404 page shows them.', 'notfound' ) );
		}
		$why = '' !== $state['last_error'] ? $state['last_error'] : __( 'No sync has succeeded yet.', 'notfound' );
		/* translators: %s: why the last sync failed. */
		$description = sprintf( __( 'The 404 page shows the missing children hotline instead of posters, because this site\'s copy is too old to be trusted: a poster in it may have been withdrawn. Last problem: %s Check the hub address in Settings → NotFound and use "Sync now"; if WP-Cron is disabled, make sure a system cron runs it.', 'notfound' ), $why );
		return $this->result( 'notfound_fresh', 'critical', __( 'NotFound posters are out of date', 'notfound' ), $description );
	}

	/**
	 * @return array<string, mixed>
	 */
	public function key(): array {
		$error = $this->sync->state()->get()['last_error_code'];
		if ( '' === $this->settings->all()['hub_public_key'] ) {
			return $this->result( 'notfound_key', 'critical', __( 'No NotFound hub key is pinned', 'notfound' ), __( 'Without a pinned key the site cannot tell real posters from forged ones, so it shows none. In Settings → NotFound, use "Fetch and verify" for your hub, compare the fingerprint with the one your hub publishes, and save.', 'notfound' ) );
		}
		if ( Sync::SIGNATURE_ERROR === $error ) {
			return $this->result( 'notfound_key', 'critical', __( 'The NotFound feed signature is not valid', 'notfound' ), __( 'The hub\'s answers do not verify with the pinned key: either the hub rotated its key (pin the new one after checking its fingerprint with the hub) or something between this site and the hub changes the feed. The last valid posters stay in use until they are too old.', 'notfound' ) );
		}
		return $this->result( 'notfound_key', 'good', __( 'NotFound hub key pinned and feed signature valid', 'notfound' ), __( 'Posters are accepted only when signed by the hub key pinned in the settings.', 'notfound' ) );
	}

	/**
	 * @return array<string, mixed>
	 */
	private function result( string $test, string $status, string $label, string $description ): array {
		return array(
			'label'       => $label,
			'status'      => $status,
			'badge'       => array(
				'label' => __( 'NotFound', 'notfound' ),
				'color' => 'good' === $status ? 'blue' : 'red',
			),
			'description' => '<p>' . esc_html( $description ) . '</p>',
			'actions'     => 'good' === $status ? '' : sprintf( '<p><a href="%s">%s</a></p>', esc_url( admin_url( 'options-general.php?page=notfound' ) ), esc_html__( 'Open the NotFound settings', 'notfound' ) ),
			'test'        => $test,
		);
	}
}
