<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hostile;

use NotFound\Counting\HubReporter;
use NotFound\Plugin;
use NotFound\Posters\ImageDownload;
use NotFound\Tests\TestCase;

/**
 * Server-side request forgery: a hub URL, an import feed or a photo URL pointing inside the network, or
 * redirecting there, is never fetched. Only WordPress's own defaults protect here: no test filter widens them.
 */
final class SsrfTest extends TestCase {

	/**
	 * @return array<string, array{0: string}>
	 */
	public static function targets(): array {
		return array(
			'loopback'           => array( 'http://127.0.0.1:3306/' ),
			'localhost'          => array( 'http://localhost:22/' ),
			'cloud metadata'     => array( 'http://169.254.169.254/latest/meta-data/' ),
			'private 10/8'       => array( 'http://10.0.0.1/' ),
			'private 172.16/12'  => array( 'http://172.16.5.4/' ),
			'private 192.168/16' => array( 'http://192.168.1.1/' ),
			'zero address'       => array( 'http://0.0.0.0/' ),
			'file scheme'        => array( 'file:///etc/passwd' ),
		);
	}

	/**
	 * @dataProvider targets
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'targets' )]
	public function test_a_hub_url_inside_the_network_is_not_fetched( string $target ): void {
		$requests = $this->spy_on_transport();
		Plugin::instance()->settings->update( array( 'hub_public_key' => base64_encode( str_repeat( 'k', 32 ) ) ) );
		// Stored past the settings' own validation, as if an older version had let it in.
		$settings            = Plugin::instance()->settings->all();
		$settings['hub_url'] = $target;
		remove_all_filters( 'sanitize_option_notfound_settings' );
		update_option( 'notfound_settings', $settings );
		Plugin::instance()->settings->register(); // Puts the validation back for the tests that follow.

		$result = Plugin::instance()->sync->run( true );

		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertSame( array(), $requests->getArrayCopy(), 'Nothing left the site.' );
	}

	/**
	 * @dataProvider targets
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'targets' )]
	public function test_a_photo_url_inside_the_network_is_not_fetched( string $target ): void {
		$requests = $this->spy_on_transport();

		$this->assertInstanceOf( \WP_Error::class, ImageDownload::fetch( $target ) );
		$this->assertSame( array(), $requests->getArrayCopy() );
	}

	/**
	 * @dataProvider targets
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'targets' )]
	public function test_an_import_feed_inside_the_network_is_not_fetched( string $target ): void {
		$requests = $this->spy_on_transport();

		$report = Plugin::instance()->feed_import->import( 1, $target );

		$this->assertArrayHasKey( 'feed', $report['errors'] );
		$this->assertSame( array(), $requests->getArrayCopy() );
	}

	/**
	 * A site registering for statistics names its own address, and the hub fetches its challenge there.
	 *
	 * @dataProvider targets
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'targets' )]
	public function test_a_registering_sites_address_inside_the_network_is_not_fetched( string $target ): void {
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$requests = $this->spy_on_transport();
		$register = new \WP_REST_Request( 'POST', '/notfound/v1/sites' );
		$register->set_body_params( array( 'url' => $target ) );
		$site = rest_do_request( $register );

		if ( 201 === $site->get_status() ) {
			$verify = new \WP_REST_Request( 'POST', "/notfound/v1/sites/{$site->get_data()['site_id']}/verification" );
			$verify->set_header( HubReporter::TOKEN_HEADER, $site->get_data()['token'] );
			$this->assertSame( 403, rest_do_request( $verify )->get_status() );
		} else {
			$this->assertSame( 400, $site->get_status() );
		}
		$this->assertSame( array(), $requests->getArrayCopy() );
	}

	/**
	 * Records every request the HTTP library was asked to send, i.e. that WordPress let through.
	 *
	 * @return \ArrayObject<int, string>
	 */
	private function spy_on_transport(): \ArrayObject {
		$requests = new \ArrayObject();
		add_action(
			'requests-requests.before_request',
			static function ( $url ) use ( $requests ): void {
				$requests->append( (string) $url );
			}
		);
		return $requests;
	}
}
