<?php
/**
 * Where a hub administrator sees the reported days held as outliers, and accepts them.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub\Stats;

use NotFound\RestApi;

/**
 * GET /held-days lists them (oldest first); POST /held-days/<site_id> accepts all of a site's, or one day
 * with /<day>. Administrators only: partners see totals without the held days, never the days themselves.
 */
final class HeldDaysController {

	public function __construct( private readonly HubDisplayCounts $counts ) {}

	/**
	 * Called on rest_api_init by the composition root, and only on a hub.
	 */
	public function register_routes(): void {
		$administrators = static fn(): bool => current_user_can( 'manage_options' );
		register_rest_route(
			RestApi::NAMESPACE,
			'/held-days',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => fn(): \WP_REST_Response => new \WP_REST_Response( $this->counts->held_days() ),
				'permission_callback' => $administrators,
			)
		);
		foreach ( array( '/held-days/(?P<site_id>\d{1,18})', '/held-days/(?P<site_id>\d{1,18})/(?P<day>\d{4}-\d{2}-\d{2})' ) as $route ) {
			register_rest_route(
				RestApi::NAMESPACE,
				$route,
				array(
					'methods'             => \WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'accept' ),
					'permission_callback' => $administrators,
				)
			);
		}
	}

	public function accept( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$day      = is_string( $request['day'] ) && '' !== $request['day'] ? $request['day'] : null;
		$accepted = $this->counts->accept( (int) $request['site_id'], $day );
		if ( 0 === $accepted ) {
			return new \WP_Error( 'notfound_no_held_day', __( 'No held day of this site to accept.', 'notfound' ), array( 'status' => 404 ) );
		}
		return new \WP_REST_Response( array( 'accepted' => $accepted ) );
	}
}
