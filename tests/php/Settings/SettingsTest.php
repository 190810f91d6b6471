<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Settings;

use NotFound\Plugin;
use NotFound\Settings\Settings;
use NotFound\Tests\TestCase;

/**
 * The one option: validated whole, never half-applied, the same through REST.
 */
final class SettingsTest extends TestCase {

	public function test_defaults_when_nothing_is_stored(): void {
		$this->assertSame( Settings::defaults(), Plugin::instance()->settings->all() );
	}

	public function test_an_invalid_change_is_rejected_whole(): void {
		$result = Plugin::instance()->settings->update(
			array(
				'poster_count' => 8,
				'regions'      => array( 'BE', 'not a country' ),
			)
		);

		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertSame( 6, Plugin::instance()->settings->all()['poster_count'] );
	}

	public function test_unknown_keys_are_refused_through_rest(): void {
		wp_set_current_user( self::factory_admin() );
		$request = new \WP_REST_Request( 'POST', '/wp/v2/settings' );
		$request->set_body_params( array( Settings::OPTION => array( 'surprise' => true ) ) );

		$this->assertSame( 400, rest_do_request( $request )->get_status() );
	}

	public function test_a_valid_change_through_rest_is_stored(): void {
		wp_set_current_user( self::factory_admin() );
		$request = new \WP_REST_Request( 'POST', '/wp/v2/settings' );
		$request->set_body_params( array( Settings::OPTION => array( 'regions' => array( 'FR', 'BE' ) ) ) );

		$this->assertSame( 200, rest_do_request( $request )->get_status() );
		$this->assertSame( array( 'FR', 'BE' ), Plugin::instance()->settings->all()['regions'] );
	}

	private static function factory_admin(): int {
		$id = wp_insert_user(
			array(
				'user_login' => 'settings-admin',
				'user_pass'  => 'password',
				'user_email' => 'settings-admin@example.org',
				'role'       => 'administrator',
			)
		);
		return is_int( $id ) ? $id : 0;
	}
}
