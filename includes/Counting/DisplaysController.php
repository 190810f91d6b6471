<?php
/**
 * The same-origin beacon that counts posters a visitor brings into view, and the site's own display figures.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Counting;

use NotFound\RestApi;


/**
 * POST /displays is public (a visitor's browser sends it, with no cookie needed); it can only count the
 * posters of a token the site issued. GET /displays needs manage_options.
 */
final class DisplaysController {

	public function __construct(
		private readonly DisplayCounter $counter,
		private readonly DisplayCounts $counts,
		private readonly HubReporter $reporter
	) {}

	public function add_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes(): void {
		register_rest_route(
			RestApi::NAMESPACE,
			'/displays',
			array(
				array(
					'methods'             => \WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'count_shown' ),
					'permission_callback' => '__return_true', // Visitors' browsers; the signed token limits what can be counted.
					'args'                => array(
						'token' => array(
							'type'      => 'string',
							'required'  => true,
							'maxLength' => 2048,
						),
						'shown' => array(
							'description' => 'Places in the token\'s list of the posters brought into view, comma-separated.',
							'type'        => 'string',
							'required'    => true,
							'pattern'     => '^[0-9]{1,2}(,[0-9]{1,2}){0,11}$',
						),
					),
				),
				array(
					'methods'             => \WP_REST_Server::READABLE,
					'callback'            => array( $this, 'summary' ),
					'permission_callback' => static fn(): bool => current_user_can( 'manage_options' ),
				),
			)
		);
	}

	public function count_shown( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$places  = array_map( 'intval', explode( ',', (string) $request['shown'] ) );
		$counted = $this->counter->record_shown( (string) $request['token'], $places );
		if ( null === $counted ) {
			return new \WP_Error( 'notfound_display_token', __( 'This display token is not valid or has expired.', 'notfound' ), array( 'status' => 400 ) );
		}
		$response = new \WP_REST_Response( array( 'counted' => $counted ) );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	/**
	 * What the settings screen's "Poster displays on this site" panel shows.
	 */
	public function summary(): \WP_REST_Response {
		$per_day = $this->counts->per_day( DisplayCounts::day_before( 30 ) );
		$week    = DisplayCounts::day_before( 7 );
		return new \WP_REST_Response(
			array(
				'counting'     => $this->counter->enabled(),
				'today'        => $per_day[ gmdate( 'Y-m-d' ) ] ?? 0,
				'last_7_days'  => array_sum( array_filter( $per_day, static fn( string $day ): bool => $day >= $week, ARRAY_FILTER_USE_KEY ) ),
				'last_30_days' => array_sum( $per_day ),
				'per_day'      => (object) $per_day,
				'report'       => $this->reporter->state(),
			)
		);
	}
}
