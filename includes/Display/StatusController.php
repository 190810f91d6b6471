<?php
/**
 * REST routes behind the settings screen: sync status, "Sync now", hub verification, live preview.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

use NotFound\Posters\FeedSignature;
use NotFound\Settings\Settings;
use NotFound\RestApi;

/**
 * All routes need manage_options (cookie + nonce, or an Application Password).
 */
final class StatusController {

	public function __construct(
		private readonly Settings $settings,
		private readonly Sync $sync,
		private readonly LocalPosters $posters,
		private readonly PosterSelector $selector
	) {}

	public function add_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes(): void {
		$admin = static fn(): bool => current_user_can( 'manage_options' );
		register_rest_route(
			RestApi::NAMESPACE,
			'/status',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => fn(): \WP_REST_Response => new \WP_REST_Response( $this->status() ),
				'permission_callback' => $admin,
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/sync',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'sync_now' ),
				'permission_callback' => $admin,
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/hub/verify',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'verify_hub' ),
				'permission_callback' => $admin,
				'args'                => array(
					'hub_url' => array(
						'type'     => 'string',
						'format'   => 'uri',
						'pattern'  => '^https?://',
						'required' => true,
					),
				),
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/preview',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => array( $this, 'preview' ),
				'permission_callback' => $admin,
				'args'                => array(
					'country' => array(
						'type'     => 'string',
						'pattern'  => '^[A-Z]{2}$',
						'required' => true,
					),
					'count'   => array(
						'type'    => 'integer',
						'minimum' => 0,
						'maximum' => 12,
						'default' => 0,
					),
				),
			)
		);
	}

	/**
	 * @return array<string, mixed>
	 */
	public function status(): array {
		$state      = $this->sync->state()->get();
		$by_country = array();
		foreach ( $this->posters->all() as $poster ) {
			$country                = (string) $poster['last_seen']['country'];
			$by_country[ $country ] = ( $by_country[ $country ] ?? 0 ) + 1;
		}
		ksort( $by_country );
		$next = wp_next_scheduled( Sync::CRON_HOOK );
		$key  = base64_decode( $this->settings->all()['hub_public_key'], true );
		return array(
			'fresh'           => $this->sync->state()->is_fresh( $this->settings->all()['max_age_minutes'] ),
			'confirmed_at'    => $state['confirmed_at'] ? $state['confirmed_at'] : null,
			'last_attempt_at' => $state['last_attempt_at'] ? $state['last_attempt_at'] : null,
			'next_sync_at'    => false === $next ? null : $next,
			'last_error'      => $state['last_error'],
			'failures'        => $state['failures'],
			'stored'          => array_sum( $by_country ),
			'by_country'      => (object) $by_country,
			'dropped'         => (object) $state['dropped'],
			'hub_url'         => $this->settings->hub_url(),
			'pinned_key_id'   => is_string( $key ) && '' !== $key ? FeedSignature::key_id( $key ) : null,
		);
	}

	public function sync_now(): \WP_REST_Response|\WP_Error {
		$result = $this->sync->run( true );
		if ( is_wp_error( $result ) ) {
			return new \WP_Error( $result->get_error_code(), $result->get_error_message(), array( 'status' => 502 ) );
		}
		return new \WP_REST_Response( $this->status() );
	}

	/**
	 * Fetches a hub's public key and checks that a signed answer of the hub verifies with it: what an admin
	 * looks at before pinning the key.
	 */
	public function verify_hub( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$hub     = untrailingslashit( (string) $request['hub_url'] );
		$key     = json_decode( wp_remote_retrieve_body( wp_safe_remote_get( RestApi::url( $hub, '/key' ), array( 'timeout' => 10 ) ) ), true );
		$feed    = wp_safe_remote_get(
			RestApi::url( $hub, '/posters?limit=1' ),
			array(
				'timeout'             => 10,
				'limit_response_size' => Sync::MAX_BODY,
			)
		);
		$public  = is_array( $key ) && is_string( $key['public_key'] ?? null ) ? $key['public_key'] : '';
		$raw_key = base64_decode( $public, true );
		if ( ! is_string( $raw_key ) || SODIUM_CRYPTO_SIGN_PUBLICKEYBYTES !== strlen( $raw_key ) || is_wp_error( $feed ) ) {
			return new \WP_Error( 'notfound_hub_unreachable', __( 'No NotFound hub answered at this address.', 'notfound' ), array( 'status' => 502 ) );
		}
		$body    = wp_remote_retrieve_body( $feed );
		$decoded = json_decode( $body, true );
		return new \WP_REST_Response(
			array(
				'public_key'      => $public,
				'key_id'          => FeedSignature::key_id( $raw_key ),
				'signature_valid' => FeedSignature::verify( $body, FeedSignature::of_response( $feed ), $public ),
				'posters'         => is_array( $decoded ) && is_array( $decoded['posters'] ?? null ) ? count( $decoded['posters'] ) : 0,
			)
		);
	}

	public function preview( \WP_REST_Request $request ): \WP_REST_Response {
		$this->selector->preview_as( (string) $request['country'] );
		$html = render_block(
			array(
				'blockName'    => 'notfound/poster-carousel',
				'attrs'        => array( 'count' => (int) $request['count'] ),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
		$this->selector->preview_as( null );
		return new \WP_REST_Response( array( 'html' => $html ) );
	}
}
