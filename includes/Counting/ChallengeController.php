<?php
/**
 * The route where this site shows its hub the challenge the hub issued, to prove it controls its address.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Counting;

use NotFound\RestApi;

/**
 * GET /site-challenge is public: the hub fetches it while this site registers. It serves only the
 * challenge of a registration this site itself started, and nothing once that is done. Knowing it helps
 * no one else: completing the registration also takes the site token, which never leaves this site.
 */
final class ChallengeController {

	public function __construct( private readonly HubReporter $reporter ) {}

	public function add_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes(): void {
		register_rest_route(
			RestApi::NAMESPACE,
			RestApi::SITE_CHALLENGE_ROUTE,
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => array( $this, 'challenge' ),
				'permission_callback' => '__return_true', // The hub asks with no account; the challenge proves nothing without the site token.
			)
		);
	}

	public function challenge(): \WP_REST_Response|\WP_Error {
		$challenge = $this->reporter->pending_challenge();
		if ( '' === $challenge ) {
			return new \WP_Error( 'notfound_no_challenge', __( 'This site is not registering with a hub.', 'notfound' ), array( 'status' => 404 ) );
		}
		$response = new \WP_REST_Response( array( 'challenge' => $challenge ) );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}
}
