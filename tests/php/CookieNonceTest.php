<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests;

/**
 * Over real HTTP against the test site: a logged-in browser's cookie alone is not enough for the
 * plugin's routes; the REST nonce must come with it (WordPress's CSRF protection).
 */
final class CookieNonceTest extends TestCase {

	public function test_a_cookie_without_the_nonce_is_refused_and_with_it_accepted(): void {
		$site    = (string) getenv( 'NOTFOUND_TEST_HUB_URL' );
		$cookies = $this->log_in( $site );

		$without = wp_remote_get( $site . '/wp-json/notfound/v1/status', array( 'cookies' => $cookies ) );
		$nonce   = wp_remote_retrieve_body( wp_remote_get( $site . '/wp-admin/admin-ajax.php?action=rest-nonce', array( 'cookies' => $cookies ) ) );
		$with    = wp_remote_get(
			$site . '/wp-json/notfound/v1/status',
			array(
				'cookies' => $cookies,
				'headers' => array( 'X-WP-Nonce' => $nonce ),
			)
		);

		$this->assertSame( 401, wp_remote_retrieve_response_code( $without ) );
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{10}$/', $nonce );
		$this->assertSame( 200, wp_remote_retrieve_response_code( $with ) );
	}

	/**
	 * @return list<\WP_Http_Cookie>
	 */
	private function log_in( string $site ): array {
		$response = wp_remote_post(
			$site . '/wp-login.php',
			array(
				'redirection' => 0,
				'cookies'     => array(
					new \WP_Http_Cookie(
						array(
							'name'  => 'wordpress_test_cookie',
							'value' => 'WP Cookie check',
						)
					),
				),
				'body'        => array(
					'log'        => 'admin',
					'pwd'        => 'password',
					'testcookie' => '1',
				),
			)
		);
		$this->assertSame( 302, wp_remote_retrieve_response_code( $response ), 'The test site\'s admin logs in.' );
		return array_values( wp_remote_retrieve_cookies( $response ) );
	}
}
