<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Display;

use NotFound\Display\SiteHealth;
use NotFound\Display\Sync;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * The settings screen's routes and the Site Health tests, against the real test hub.
 */
final class StatusControllerTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		// The test hub listens on loopback and a high port, which wp_safe_remote_get refuses by default.
		add_filter( 'http_request_host_is_external', '__return_true' );
		add_filter( 'http_allowed_safe_ports', array( $this, 'allow_hub_port' ) );
	}

	protected function tearDown(): void {
		remove_filter( 'http_request_host_is_external', '__return_true' );
		remove_filter( 'http_allowed_safe_ports', array( $this, 'allow_hub_port' ) );
		parent::tearDown();
	}

	/**
	 * @param list<int> $ports
	 * @return list<int>
	 */
	public function allow_hub_port( array $ports ): array {
		$ports[] = (int) wp_parse_url( self::hub(), PHP_URL_PORT );
		return $ports;
	}

	public function test_only_administrators_reach_the_routes(): void {
		foreach ( array( 'subscriber', 'editor' ) as $role ) {
			wp_set_current_user( self::user( $role ) );
			$this->assertSame( 403, $this->request( 'GET', '/notfound/v1/status' )->get_status(), $role );
			$this->assertSame( 403, $this->request( 'POST', '/notfound/v1/sync' )->get_status(), $role );
			$this->assertSame( 403, $this->request( 'GET', '/notfound/v1/preview', array( 'country' => 'FR' ) )->get_status(), $role );
		}
		wp_set_current_user( 0 );
		$this->assertSame( 401, $this->request( 'GET', '/notfound/v1/status' )->get_status() );
	}

	public function test_verify_then_pin_then_sync_now_fills_the_status(): void {
		wp_set_current_user( self::user( 'administrator' ) );

		$verified = $this->request( 'POST', '/notfound/v1/hub/verify', array( 'hub_url' => self::hub() ) );
		$this->assertSame( 200, $verified->get_status() );
		$this->assertTrue( $verified->get_data()['signature_valid'] );
		Plugin::instance()->settings->update(
			array(
				'hub_url'        => self::hub(),
				'hub_public_key' => $verified->get_data()['public_key'],
			)
		);

		$synced = $this->request( 'POST', '/notfound/v1/sync' );

		$this->assertSame( 200, $synced->get_status() );
		$status = $synced->get_data();
		$this->assertTrue( $status['fresh'] );
		$this->assertGreaterThanOrEqual( 30, $status['stored'] );
		$this->assertSame( 5, $status['by_country']->BE );
		$this->assertSame( $verified->get_data()['key_id'], $status['pinned_key_id'] );
		$this->assertSame( 'good', ( new SiteHealth( Plugin::instance()->settings, Plugin::instance()->sync ) )->freshness()['status'] );
		$this->assertSame( 'good', ( new SiteHealth( Plugin::instance()->settings, Plugin::instance()->sync ) )->key()['status'] );
	}

	public function test_a_failed_sync_now_answers_502_and_site_health_says_why(): void {
		wp_set_current_user( self::user( 'administrator' ) );
		Plugin::instance()->settings->update( array( 'hub_public_key' => '' ) );

		$response = $this->request( 'POST', '/notfound/v1/sync' );

		$this->assertSame( 502, $response->get_status() );
		$health = new SiteHealth( Plugin::instance()->settings, Plugin::instance()->sync );
		$this->assertSame( 'critical', $health->freshness()['status'] );
		$this->assertStringContainsString( 'No hub key is pinned', $health->freshness()['description'] );
		$this->assertSame( 'critical', $health->key()['status'] );
	}

	public function test_site_health_names_a_bad_signature_in_any_language(): void {
		wp_set_current_user( self::user( 'administrator' ) );
		$other_key = base64_encode( sodium_crypto_sign_publickey( sodium_crypto_sign_keypair() ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- a public key.
		Plugin::instance()->settings->update(
			array(
				'hub_url'        => self::hub(),
				'hub_public_key' => $other_key,
			)
		);

		$this->assertSame( 502, $this->request( 'POST', '/notfound/v1/sync' )->get_status() );
		switch_to_locale( 'fr_FR' ); // An administrator reading Site Health in another language than the sync's.
		$key = ( new SiteHealth( Plugin::instance()->settings, Plugin::instance()->sync ) )->key();
		restore_previous_locale();

		$this->assertSame( 'critical', $key['status'] );
		$this->assertSame( Sync::SIGNATURE_ERROR, Plugin::instance()->sync->state()->get()['last_error_code'] );
	}

	public function test_the_preview_renders_as_a_visitor_from_the_chosen_country(): void {
		wp_set_current_user( self::user( 'administrator' ) );
		$spain = self::poster(
			array(
				'id'        => 'test-es-001',
				'last_seen' => array(
					'place'       => 'Madrid',
					'country'     => 'ES',
					'subdivision' => null,
					'lat'         => 40.42,
					'lon'         => -3.70,
				),
			)
		);
		self::store_local_copy( array( self::poster(), $spain ) );

		$html = $this->request( 'GET', '/notfound/v1/preview', array( 'country' => 'ES' ) )->get_data()['html'];

		$this->assertMatchesRegularExpression( '/data-poster-id="test-es-001".*data-poster-id="test-be-001"/s', $html );
	}

	/**
	 * @param array<string, mixed> $params
	 */
	private function request( string $method, string $route, array $params = array() ): \WP_REST_Response {
		$request = new \WP_REST_Request( $method, $route );
		if ( 'GET' === $method ) {
			$request->set_query_params( $params );
		} else {
			$request->set_body_params( $params );
		}
		return rest_do_request( $request );
	}

	private static function hub(): string {
		return (string) getenv( 'NOTFOUND_TEST_HUB_URL' );
	}

	private static function user( string $role ): int {
		$id = wp_insert_user(
			array(
				'user_login' => 'status-' . $role,
				'user_pass'  => 'password',
				'user_email' => 'status-' . $role . '@example.org',
				'role'       => $role,
			)
		);
		return is_int( $id ) ? $id : 0;
	}
}
