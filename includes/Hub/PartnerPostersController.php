<?php
/**
 * Authenticated poster routes for partners' people and systems: list, read, create, update, withdraw.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Posters\PosterValidator;
use NotFound\RestApi;

/**
 * Authentication is WordPress's own: Application Passwords, or a cookie with the REST nonce (a cookie
 * without it counts as logged out). Every route's permission_callback asks Capabilities.
 */
final class PartnerPostersController {

	private const ID_PATTERN = '(?P<id>[a-z0-9][a-z0-9-]{0,63})';

	public function __construct(
		private readonly HubPosters $posters,
		private readonly PosterPhotos $photos = new PosterPhotos()
	) {}

	/**
	 * Called on rest_api_init by the composition root, and only on a hub.
	 */
	public function register_routes(): void {
		register_rest_route(
			RestApi::NAMESPACE,
			'/manage/posters',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => array( $this, 'list_posters' ),
				'permission_callback' => static fn(): bool => current_user_can( Capabilities::MANAGE ),
				'args'                => array(
					'status'   => array(
						'type'    => 'string',
						'enum'    => array( 'active', 'withdrawn', 'any' ),
						'default' => 'any',
					),
					'country'  => array(
						'type'    => 'string',
						'pattern' => '^([A-Z]{2})?$',
						'default' => '',
					),
					'search'   => array(
						'type'      => 'string',
						'maxLength' => 100,
						'default'   => '',
					),
					'page'     => array(
						'type'    => 'integer',
						'minimum' => 1,
						'default' => 1,
					),
					'per_page' => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => 100,
						'default' => 20,
					),
				),
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/manage/posters/' . self::ID_PATTERN,
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_poster' ),
				'permission_callback' => array( $this, 'can_edit' ),
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/posters',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'create_poster' ),
				'permission_callback' => array( $this, 'can_create' ),
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/posters/' . self::ID_PATTERN,
			array(
				'methods'             => \WP_REST_Server::EDITABLE,
				'callback'            => array( $this, 'update_poster' ),
				'permission_callback' => array( $this, 'can_edit' ),
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/posters/' . self::ID_PATTERN . '/renew',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'renew_poster' ),
				'permission_callback' => array( $this, 'can_edit' ),
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/posters/' . self::ID_PATTERN . '/withdraw',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'withdraw_poster' ),
				'permission_callback' => array( $this, 'can_edit' ),
				'args'                => array(
					'reason' => array(
						'description' => __( 'Why the poster is withdrawn, for audit only: it is never published.', 'notfound' ),
						'type'        => 'string',
						'enum'        => array_values( array_diff( HubPosters::REASONS, array( 'expired' ) ) ),
						'default'     => 'other',
					),
				),
			)
		);
	}

	public function can_create( \WP_REST_Request $request ): bool {
		return current_user_can( Capabilities::CREATE, $this->partner_for( $request ) );
	}

	public function can_edit( \WP_REST_Request $request ): bool {
		return current_user_can( Capabilities::EDIT, (string) $request['id'] );
	}

	public function list_posters( \WP_REST_Request $request ): \WP_REST_Response {
		$partner  = current_user_can( 'manage_options' ) ? null : Capabilities::partner_of( get_current_user_id() );
		$per_page = (int) $request['per_page'];
		$result   = $this->posters->manage_list( $partner, (string) $request['status'], (string) $request['country'], (string) $request['search'], (int) $request['page'], $per_page );
		$response = new \WP_REST_Response( array_map( array( $this, 'item' ), $result['items'] ) );
		$response->header( 'X-WP-Total', (string) $result['total'] );
		$response->header( 'X-WP-TotalPages', (string) max( 1, (int) ceil( $result['total'] / $per_page ) ) );
		return $response;
	}

	public function get_poster( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$found = $this->posters->find( (string) $request['id'] );
		return null === $found ? self::no_poster() : new \WP_REST_Response( $this->item( $found ) );
	}

	public function create_poster( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$input = (array) $request->get_json_params(); // Null without a JSON body.
		if ( ! isset( $input['id'] ) ) {
			$country     = is_string( $input['last_seen']['country'] ?? null ) ? strtolower( $input['last_seen']['country'] ) : 'xx';
			$input['id'] = sanitize_key( $country . '-' . strtolower( wp_generate_password( 10, false ) ) );
		}
		if ( is_string( $input['id'] ) && null !== $this->posters->find( $input['id'] ) ) {
			return new \WP_Error( 'notfound_poster_exists', __( 'A poster with this id exists already.', 'notfound' ), array( 'status' => 409 ) );
		}
		return $this->save( $input, $this->partner_for( $request ), 201 );
	}

	public function update_poster( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$found = $this->posters->find( (string) $request['id'] );
		if ( null === $found ) {
			return self::no_poster();
		}
		$input = (array) $request->get_json_params(); // Null without a JSON body.
		if ( 'PATCH' === $request->get_method() && 'active' === $found['status'] ) { // A tombstone has nothing to merge: prepare() answers 409.
			$current           = $found['poster'];
			$current['photos'] = array_map(
				static fn( int $id, array $photo ): array => array(
					'attachment_id' => $id,
					'alt'           => $photo['alt'],
				),
				$found['photo_ids'],
				array_slice( $current['photos'], 0, count( $found['photo_ids'] ) )
			);
			$input             = array_replace( $current, $input );
		}
		$input['id']      = (string) $request['id']; // The id is the poster's identity: never changed.
		$input['expires'] = $input['expires'] ?? $found['expires_on'];
		if ( is_string( $input['expires'] ) && $input['expires'] > $found['expires_on'] ) {
			return PosterValidator::invalid( array( 'expires' => __( 'To run the poster longer, renew it: a renewal is a fresh review of its data.', 'notfound' ) ) );
		}
		return $this->save( $input, $found['partner_id'], 200, $found['photo_ids'] );
	}

	/**
	 * A renewal is a fresh review: the whole poster is sent again (as with PUT) with `reviewed: true`, and
	 * runs until `expires`, a year from today unless an earlier date is given.
	 */
	public function renew_poster( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$found = $this->posters->find( (string) $request['id'] );
		if ( null === $found ) {
			return self::no_poster();
		}
		$input = (array) $request->get_json_params(); // Null without a JSON body.
		if ( true !== ( $input['reviewed'] ?? null ) ) {
			return PosterValidator::invalid( array( 'reviewed' => __( 'Confirm that you reviewed every field and that it is still accurate.', 'notfound' ) ) );
		}
		unset( $input['reviewed'] );
		$input['id']      = (string) $request['id'];
		$input['expires'] = $input['expires'] ?? HubPosters::latest_expiry();
		if ( is_string( $input['expires'] ) && $input['expires'] < gmdate( 'Y-m-d' ) ) {
			return PosterValidator::invalid( array( 'expires' => __( 'The date cannot be in the past.', 'notfound' ) ) );
		}
		$refusal = $found['expires_on'] < gmdate( 'Y-m-d' ) ? $this->posters->quota_refusal( $found['partner_id'] ) : null;
		if ( null !== $refusal ) {
			return $refusal; // An expired poster comes back into the feed: it takes a place like a new one.
		}
		return $this->save( $input, $found['partner_id'], 200, $found['photo_ids'] );
	}

	public function withdraw_poster( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$id    = (string) $request['id'];
		$found = $this->posters->find( $id );
		if ( null === $found ) {
			return self::no_poster();
		}
		$this->posters->withdraw( $id, (string) $request['reason'] );
		return new \WP_REST_Response(
			array(
				'id'     => $id,
				'status' => 'withdrawn',
			)
		);
	}

	/**
	 * Validates the poster and its photos together, so every field's error is reported at once, and
	 * stores nothing unless all is valid (and, for a new poster, within the organisation's quota).
	 *
	 * @param array<string, mixed> $input
	 * @param list<int>            $attached The poster's photos already: whoever uploaded them, they may stay.
	 */
	private function save( array $input, int $partner_id, int $status, array $attached = array() ): \WP_REST_Response|\WP_Error {
		$photos          = $this->photos->resolve( $input['photos'] ?? null, $attached );
		$input['photos'] = is_wp_error( $photos ) ? array() : $photos['photos'];
		$valid           = $this->posters->prepare( $input, $partner_id, current_user_can( 'manage_options' ) ); // Hub administrators publish in any country.
		if ( is_wp_error( $valid ) && ! isset( $valid->get_error_data()['errors'] ) ) {
			return $valid; // Not about fields: unknown partner, or a withdrawn poster.
		}
		$errors = is_wp_error( $valid ) ? (array) ( $valid->get_error_data()['errors'] ?? array() ) : array();
		if ( is_wp_error( $photos ) ) {
			// The photos' own errors replace what the validator said of the (then empty) list.
			unset( $errors['photos'] );
			$errors = array_merge( $errors, (array) ( $photos->get_error_data()['errors'] ?? array() ) );
		}
		if ( is_wp_error( $valid ) || is_wp_error( $photos ) ) {
			return PosterValidator::invalid( $errors );
		}
		$stored = $this->posters->store( $valid, $partner_id, $photos['ids'] );
		if ( is_wp_error( $stored ) ) {
			return $stored;
		}
		$found = $this->posters->find( (string) $valid['id'] );
		return new \WP_REST_Response( null === $found ? null : $this->item( $found ), $status );
	}

	/**
	 * The organisation a create request is for: the given one, or the user's own.
	 */
	private function partner_for( \WP_REST_Request $request ): int {
		$input = (array) $request->get_json_params(); // Null without a JSON body.
		if ( isset( $input['partner_id'] ) && is_numeric( $input['partner_id'] ) ) {
			return (int) $input['partner_id'];
		}
		return (int) Capabilities::partner_of( get_current_user_id() );
	}

	/**
	 * @param array{status: string, expires_on: string, partner_id: int, photo_ids: list<int>, modified_gmt: string, poster: array<string, mixed>} $found
	 * @return array<string, mixed>
	 */
	private function item( array $found ): array {
		return array(
			'id'         => $found['poster']['id'] ?? '',
			'status'     => $found['status'],
			'partner_id' => $found['partner_id'],
			'photo_ids'  => $found['photo_ids'],
			'expires'    => $found['expires_on'],
			'modified'   => mysql_to_rfc3339( $found['modified_gmt'] ),
			'poster'     => $found['poster'],
		);
	}

	private static function no_poster(): \WP_Error {
		return new \WP_Error( 'notfound_no_poster', __( 'No such poster.', 'notfound' ), array( 'status' => 404 ) );
	}
}
