<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub\Stats;

use NotFound\Database\Tables;

/**
 * A display site registered through the public route and marked verified, for tests about what a site
 * reports (the verification itself, over real HTTP: RegistrationTest).
 */
trait VerifiedSite {

	/**
	 * @return array{site_id: int, token: string}
	 */
	private function verified_site( string $url = 'https://display.example.org/' ): array {
		global $wpdb;
		$request = new \WP_REST_Request( 'POST', '/notfound/v1/sites' );
		$request->set_body_params( array( 'url' => $url ) );
		$response = rest_do_request( $request );
		$this->assertSame( 201, $response->get_status() );
		$site = $response->get_data();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$wpdb->update( Tables::name( Tables::HUB_SITES ), array( 'verified_gmt' => gmdate( 'Y-m-d H:i:s' ) ), array( 'id' => $site['site_id'] ) );
		return $site;
	}
}
