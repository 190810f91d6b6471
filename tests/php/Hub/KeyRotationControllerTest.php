<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Plugin;
use NotFound\Posters\FeedSignature;
use NotFound\Tests\TestCase;

/**
 * Rotating the hub's key: administrators only, and old signatures stop verifying.
 */
final class KeyRotationControllerTest extends TestCase {

	public function test_an_administrator_rotates_and_the_old_key_no_longer_verifies(): void {
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$old_key  = Plugin::instance()->hub_keys->public_key();
		$body     = '{"posters":[]}';
		$old_sign = Plugin::instance()->hub_keys->sign( $body );
		$admin    = wp_insert_user(
			array(
				'user_login' => 'rotating-admin',
				'user_pass'  => 'password',
				'user_email' => 'rotating-admin@example.org',
				'role'       => 'administrator',
			)
		);
		$this->assertIsInt( $admin );

		$this->assertSame( 401, rest_do_request( new \WP_REST_Request( 'POST', '/notfound/v1/hub/key/rotate' ) )->get_status() );
		wp_set_current_user( $admin );
		$response = rest_do_request( new \WP_REST_Request( 'POST', '/notfound/v1/hub/key/rotate' ) );

		$this->assertSame( 200, $response->get_status() );
		$new_key = $response->get_data()['public_key'];
		$this->assertNotSame( $old_key, $new_key );
		$this->assertSame( $new_key, Plugin::instance()->hub_keys->public_key() );
		$this->assertFalse( FeedSignature::verify( $body, $old_sign, $new_key ) );
		$this->assertTrue( FeedSignature::verify( $body, Plugin::instance()->hub_keys->sign( $body ), $new_key ) );
	}
}
