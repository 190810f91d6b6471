<?php
/**
 * The hub administrator's confirmation of an import run the circuit breaker held, over REST.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\RestApi;

/**
 * POST notfound/v1/imports/confirm `{ "partner": "<slug>" }`: applies the withdrawals of that partner's held
 * run, as `wp notfound import --confirm=<slug>` does. Administrators only.
 */
final class ImportConfirmController {

	public function __construct(
		private readonly Partners $partners,
		private readonly FeedImport $import
	) {}

	/**
	 * Called by the composition root while hub mode is on.
	 */
	public function register_routes(): void {
		register_rest_route(
			RestApi::NAMESPACE,
			'/imports/confirm',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'confirm' ),
				'permission_callback' => static fn(): bool => current_user_can( 'manage_options' ),
				'args'                => array(
					'partner' => array(
						'type'     => 'string',
						'pattern'  => '^[a-z0-9][a-z0-9-]{1,63}$',
						'required' => true,
					),
				),
			)
		);
	}

	public function confirm( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$partner = $this->partners->by_slug( (string) $request['partner'] );
		if ( null === $partner ) {
			return new \WP_Error( 'notfound_unknown_partner', __( 'Unknown partner organisation.', 'notfound' ), array( 'status' => 404 ) );
		}
		$withdrawn = $this->import->confirm( $partner['id'] );
		if ( is_wp_error( $withdrawn ) ) {
			$withdrawn->add_data( array( 'status' => 409 ) );
			return $withdrawn;
		}
		return new \WP_REST_Response( array( 'withdrawn' => $withdrawn ), 200 );
	}
}
