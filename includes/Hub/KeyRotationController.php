<?php
/**
 * POST notfound/v1/hub/key/rotate: a new key pair for the hub (administrators only).
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Posters\FeedSignature;
use NotFound\RestApi;

/**
 * After a rotation every display site must pin the new key; until then they keep their last valid copy.
 */
final class KeyRotationController {

	public function __construct(
		private readonly HubKeys $keys
	) {}

	/**
	 * Called on rest_api_init by the composition root, and only on a hub.
	 */
	public function register_routes(): void {
		register_rest_route(
			RestApi::NAMESPACE,
			'/hub/key/rotate',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'rotate' ),
				'permission_callback' => static fn(): bool => current_user_can( 'manage_options' ),
			)
		);
	}

	public function rotate(): \WP_REST_Response {
		$pair = $this->keys->rotate();
		return new \WP_REST_Response(
			array(
				'public_key' => base64_encode( $pair['public'] ),
				'key_id'     => FeedSignature::key_id( $pair['public'] ),
			)
		);
	}
}
