<?php
/**
 * POST /notfound/v1/revocations: the hub's signed order to forget a poster now, instead of at the next sync.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

use NotFound\Posters\Revocation;
use NotFound\RestApi;
use NotFound\Settings\Settings;

/**
 * Public, because the hub has no account here: the signature by the pinned hub key is the authentication.
 * Cheap: a body over 1 KB is refused unread, at most PER_MINUTE requests a minute are looked at, and a
 * refused one writes nothing. Every refusal gives the same answer, and an accepted one says nothing about
 * whether the poster was in the copy.
 */
final class RevocationController {

	public const PER_MINUTE = 300;
	public const BUDGET     = 'notfound_revocation_budget';

	public function __construct(
		private readonly Settings $settings,
		private readonly LocalPosters $posters,
		private readonly SeenRevocations $seen = new SeenRevocations(),
		private readonly PhotoCache $photos = new PhotoCache()
	) {}

	public function add_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes(): void {
		register_rest_route(
			RestApi::NAMESPACE,
			'/revocations',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'receive' ),
				'permission_callback' => '__return_true', // The hub's signature, checked in receive(), authenticates.
			)
		);
	}

	public function receive( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$body = $request->get_body();
		if ( strlen( $body ) > Revocation::MAX_BODY ) {
			return self::refused();
		}
		if ( ! $this->within_budget() ) {
			return new \WP_Error( 'notfound_revocation_busy', __( 'Too many requests. Try again later.', 'notfound' ), array( 'status' => 429 ) );
		}
		$order = Revocation::verify( $body, (string) $request->get_header( Revocation::SIGNATURE_HEADER ), $this->settings->all()['hub_public_key'], time() );
		if ( null === $order || ! $this->seen->first_time( $order['nonce'], $order['expires_at'] ) ) {
			return self::refused();
		}
		$this->posters->remove( $order['poster_id'] );
		$this->photos->forget( $order['poster_id'] );
		if ( false !== get_option( Sync::LOCK_OPTION ) ) {
			// A sync running now may have fetched the feed before the withdrawal: sync again after it.
			wp_schedule_single_event( time() + MINUTE_IN_SECONDS, Sync::REFRESH_HOOK );
		}
		return new \WP_REST_Response( array( 'accepted' => true ), 200 );
	}

	private static function refused(): \WP_Error {
		return new \WP_Error( 'notfound_revocation_refused', __( 'Not accepted.', 'notfound' ), array( 'status' => 401 ) );
	}

	/**
	 * Counts this request in the current minute's budget; false once it is spent.
	 */
	private function within_budget(): bool {
		$minute = intdiv( time(), MINUTE_IN_SECONDS );
		$budget = get_transient( self::BUDGET );
		$used   = is_array( $budget ) && ( $budget['minute'] ?? null ) === $minute ? (int) ( $budget['used'] ?? 0 ) : 0;
		if ( $used >= self::PER_MINUTE ) {
			return false;
		}
		set_transient(
			self::BUDGET,
			array(
				'minute' => $minute,
				'used'   => $used + 1,
			),
			MINUTE_IN_SECONDS
		);
		return true;
	}
}
