<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Display;

use NotFound\Display\PhotoCache;
use NotFound\Display\RevocationController;
use NotFound\Plugin;
use NotFound\Posters\Revocation;
use NotFound\Tests\TestCase;

/**
 * The display's revocation route: only a current revocation signed by the pinned hub key, seen for the first
 * time, removes a poster; every attack removes nothing and gets the same answer.
 */
final class RevocationControllerTest extends TestCase {

	private string $hub_secret;
	private string $photo;
	private string $neighbour_photo;

	protected function setUp(): void {
		parent::setUp();
		$pair             = sodium_crypto_sign_keypair();
		$this->hub_secret = sodium_crypto_sign_secretkey( $pair );
		Plugin::instance()->settings->update( array( 'hub_public_key' => base64_encode( sodium_crypto_sign_publickey( $pair ) ) ) );
		self::store_local_copy( array( self::poster(), self::poster( array( 'id' => 'test-be-001-b' ) ) ) );
		wp_mkdir_p( PhotoCache::dir() );
		$this->photo           = PhotoCache::dir() . '/test-be-001-0123456789ab.png';
		$this->neighbour_photo = PhotoCache::dir() . '/test-be-001-b-0123456789ab.png';
		file_put_contents( $this->photo, 'a cached photo' );
		file_put_contents( $this->neighbour_photo, 'another poster\'s cached photo' );
		delete_transient( RevocationController::BUDGET );
	}

	protected function tearDown(): void {
		array_map( 'wp_delete_file', array( $this->photo, $this->neighbour_photo ) );
		parent::tearDown();
	}

	public function test_a_valid_revocation_removes_the_poster_and_its_cached_photo_at_once(): void {
		$body = Revocation::body( 'test-be-001', time() );

		$response = $this->post( $body, $this->sign( $body ) );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( 'accepted' => true ), $response->get_data() );
		$this->assertSame( array( 'test-be-001-b' ), Plugin::instance()->local_posters->ids() );
		$this->assertFileDoesNotExist( $this->photo );
		$this->assertFileExists( $this->neighbour_photo, 'A poster whose id starts with the revoked one keeps its photo.' );
	}

	public function test_a_forged_signature_removes_nothing(): void {
		$body     = Revocation::body( 'test-be-001', time() );
		$tampered = str_replace( 'test-be-001', 'test-be-001-b', $body ); // Signed for one poster, sent for another.

		$this->assertRefused( $this->post( $tampered, $this->sign( $body ) ) );
		$this->assertRefused( $this->post( $body, base64_encode( random_bytes( SODIUM_CRYPTO_SIGN_BYTES ) ) ) );
		$this->assertRefused( $this->post( $body, '' ) );
		$this->assertNothingRemoved();
	}

	public function test_a_revocation_signed_by_another_key_removes_nothing(): void {
		$body  = Revocation::body( 'test-be-001', time() );
		$other = sodium_crypto_sign_secretkey( sodium_crypto_sign_keypair() );

		$this->assertRefused( $this->post( $body, base64_encode( sodium_crypto_sign_detached( Revocation::message( $body ), $other ) ) ) );
		$this->assertNothingRemoved();
	}

	public function test_the_hubs_signature_over_anything_else_than_a_revocation_removes_nothing(): void {
		$body = Revocation::body( 'test-be-001', time() );

		// What the hub signs for its feed: the bare body, without the revocation context.
		$this->assertRefused( $this->post( $body, base64_encode( sodium_crypto_sign_detached( $body, $this->hub_secret ) ) ) );
		$this->assertNothingRemoved();
	}

	public function test_a_replayed_revocation_removes_nothing(): void {
		$body      = Revocation::body( 'test-be-001', time() );
		$signature = $this->sign( $body );
		$this->assertSame( 200, $this->post( $body, $signature )->get_status() );
		self::store_local_copy( array( self::poster(), self::poster( array( 'id' => 'test-be-001-b' ) ) ) );
		file_put_contents( $this->photo, 'a cached photo' );

		$this->assertRefused( $this->post( $body, $signature ) );
		$this->assertNothingRemoved();
	}

	public function test_an_expired_revocation_removes_nothing(): void {
		$body = Revocation::body( 'test-be-001', time() - Revocation::LIFETIME - MINUTE_IN_SECONDS );

		$this->assertRefused( $this->post( $body, $this->sign( $body ) ) );
		$this->assertNothingRemoved();
	}

	public function test_a_revocation_issued_in_the_future_or_valid_too_long_removes_nothing(): void {
		$future = Revocation::body( 'test-be-001', time() + HOUR_IN_SECONDS );
		$long   = (string) wp_json_encode(
			array(
				'type'       => Revocation::TYPE,
				'poster_id'  => 'test-be-001',
				'issued_at'  => time(),
				'expires_at' => time() + YEAR_IN_SECONDS,
				'nonce'      => bin2hex( random_bytes( 16 ) ),
			)
		);

		$this->assertRefused( $this->post( $future, $this->sign( $future ) ) );
		$this->assertRefused( $this->post( $long, $this->sign( $long ) ) );
		$this->assertNothingRemoved();
	}

	public function test_without_a_pinned_key_nothing_is_accepted(): void {
		Plugin::instance()->settings->update( array( 'hub_public_key' => '' ) );
		$body = Revocation::body( 'test-be-001', time() );

		$this->assertRefused( $this->post( $body, $this->sign( $body ) ) );
		$this->assertNothingRemoved();
	}

	public function test_past_the_minutes_budget_requests_are_turned_away_unread(): void {
		for ( $i = 0; $i < RevocationController::PER_MINUTE; $i++ ) {
			$this->post( '{}', '' );
		}
		$body = Revocation::body( 'test-be-001', time() );

		$this->assertSame( 429, $this->post( $body, $this->sign( $body ) )->get_status() );
		$this->assertNothingRemoved();
	}

	private function sign( string $body ): string {
		return base64_encode( sodium_crypto_sign_detached( Revocation::message( $body ), $this->hub_secret ) );
	}

	private function post( string $body, string $signature ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'POST', '/notfound/v1/revocations' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_header( Revocation::SIGNATURE_HEADER, $signature );
		$request->set_body( $body );
		return rest_do_request( $request );
	}

	private function assertRefused( \WP_REST_Response $response ): void {
		$this->assertSame( 401, $response->get_status() );
		$this->assertSame( 'notfound_revocation_refused', $response->get_data()['code'] ); // The same answer whatever was wrong.
	}

	private function assertNothingRemoved(): void {
		$this->assertSame( array( 'test-be-001', 'test-be-001-b' ), Plugin::instance()->local_posters->ids() );
		$this->assertFileExists( $this->photo );
	}
}
