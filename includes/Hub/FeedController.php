<?php
/**
 * The hub's public poster feed: GET notfound/v1/posters and notfound/v1/posters/<id>.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Geo\Countries;
use NotFound\Posters\FeedEnvelope;
use NotFound\Posters\FeedQuery;
use NotFound\Posters\FeedSignature;
use NotFound\RestApi;

/**
 * Cacheable by design: the query normalised first, a strong ETag computed from the feed version and that
 * query, 304 without building, the built body kept for five minutes in a bounded cache, and noindex
 * everywhere. Every body is signed with the hub's key and says which hub answered which query, and until when.
 */
final class FeedController {

	public const MAX_AGE      = 300;
	public const CACHE_PREFIX = FeedCache::PREFIX; // What erasing a poster clears.

	public function __construct(
		private readonly HubPosters $posters,
		private readonly HubKeys $keys,
		private readonly FeedCache $cache = new FeedCache()
	) {}

	public function add_hooks(): void {
		add_filter( 'rest_pre_serve_request', array( $this, 'serve_raw' ), 10, 2 );
	}

	/**
	 * Called on rest_api_init by the composition root, and only on a hub.
	 */
	public function register_routes(): void {
		register_rest_route(
			RestApi::NAMESPACE,
			'/posters',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => array( $this, 'list_posters' ),
				'permission_callback' => '__return_true', // The feed is public by design.
				'args'                => array(
					'country' => array(
						'type'              => 'string',
						'description'       => __( 'Comma-separated ISO 3166-1 country codes.', 'notfound' ),
						'validate_callback' => array( $this, 'validate_countries' ),
					),
					'near'    => array(
						'type'        => 'string',
						'description' => __( 'Latitude,longitude: nearest posters first.', 'notfound' ),
						'pattern'     => '^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$',
					),
					'limit'   => array(
						'type'        => 'integer',
						'description' => __( 'Rounded up to 10, 25, 50 or 100 posters (earlier displays ask up to 500: they get 100).', 'notfound' ),
						'minimum'     => 1,
						'maximum'     => 500,
						'default'     => HubPosters::MAX_LIMIT,
					),
					'lang'    => array(
						'type'        => 'string',
						'description' => __( 'Only this language\'s descriptions (and English, the fallback).', 'notfound' ),
						'pattern'     => '^[a-z]{2,3}(_[A-Z]{2})?$',
					),
				),
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/posters/(?P<id>[a-z0-9][a-z0-9-]{0,63})',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_poster' ),
				'permission_callback' => '__return_true',
			)
		);
		register_rest_route(
			RestApi::NAMESPACE,
			'/key',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_key' ),
				'permission_callback' => '__return_true', // A public key is public.
			)
		);
	}

	public function get_key(): \WP_REST_Response {
		$public = $this->keys->public_key();
		return new \WP_REST_Response(
			array(
				'algorithm'  => 'ed25519',
				'public_key' => $public,
				'key_id'     => FeedSignature::key_id( (string) base64_decode( $public, true ) ),
			)
		);
	}

	/**
	 * @param mixed $value
	 */
	public function validate_countries( $value ): bool|\WP_Error {
		foreach ( self::countries( $value ) as $code ) {
			if ( ! Countries::is_valid( $code ) ) {
				/* translators: %s: the rejected country code. */
				return new \WP_Error( 'rest_invalid_param', sprintf( __( 'Unknown country code: %s', 'notfound' ), $code ) );
			}
		}
		return true;
	}

	public function list_posters( \WP_REST_Request $request ): \WP_REST_Response {
		// Normalised before anything else: the ETag, the cache and the signed envelope see the same few queries.
		$query = FeedQuery::normalise(
			array(
				'country' => $request['country'],
				'near'    => $request['near'],
				'limit'   => $request['limit'],
				'lang'    => $request['lang'],
			)
		);
		// The date is part of the tag: posters expire without a write.
		$etag = '"' . md5( implode( '|', array( $this->posters->version(), gmdate( 'Y-m-d' ), $query->key() ) ) ) . '"';

		if ( self::etag_matches( $request->get_header( 'if_none_match' ), $etag ) ) {
			$response = new RawBodyResponse( '', 304 );
		} else {
			$body = $this->cache->get( $etag );
			if ( null === $body ) {
				$posters = self::in_language( $this->posters->active( $query->countries, $query->near, $query->limit ), $query->lang );
				$body    = $this->envelope( $query->to_array(), array( 'posters' => $posters ) );
				$this->cache->set( $etag, $body, self::MAX_AGE );
			}
			$response = $this->signed( $body );
		}
		$response->header( 'ETag', $etag );
		$response->header( 'Cache-Control', 'public, max-age=' . self::MAX_AGE );
		$response->header( 'X-Robots-Tag', 'noindex, nofollow' );
		$response->header( 'Vary', 'Accept-Encoding' );
		return $response;
	}

	/**
	 * One poster. Withdrawn or expired answers 410 Gone and nothing of the old content.
	 */
	public function get_poster( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$found = $this->posters->find( (string) $request['id'] );
		if ( null === $found ) {
			return new \WP_Error( 'notfound_no_poster', __( 'No such poster.', 'notfound' ), array( 'status' => 404 ) );
		}
		if ( 'active' !== $found['status'] || $found['expires_on'] < gmdate( 'Y-m-d' ) ) {
			$response = new \WP_REST_Response(
				array(
					'code'    => 'notfound_poster_gone',
					'message' => __( 'This poster is no longer published.', 'notfound' ),
				),
				410
			);
		} else {
			$response = $this->signed( $this->envelope( array( 'id' => (string) $request['id'] ), $found['poster'] ) );
		}
		$response->header( 'X-Robots-Tag', 'noindex, nofollow' );
		$response->header( 'Cache-Control', 'public, max-age=60' );
		return $response;
	}

	/**
	 * @param array<string, mixed> $query   The query answered, normalised.
	 * @param array<string, mixed> $content
	 */
	private function envelope( array $query, array $content ): string {
		return FeedEnvelope::encode( FeedEnvelope::wrap( get_bloginfo( 'name' ), home_url( '/' ), $query, time(), $content ) );
	}

	private function signed( string $body ): RawBodyResponse {
		$response = new RawBodyResponse( $body );
		$response->header( FeedSignature::HEADER, $this->keys->sign( $body ) );
		return $response;
	}

	/**
	 * Sends a RawBodyResponse's body exactly (WordPress has sent its status and headers already).
	 *
	 * @param bool  $served Whether another filter served the request.
	 * @param mixed $result The response.
	 */
	public function serve_raw( $served, $result ): bool {
		if ( $served || ! $result instanceof RawBodyResponse ) {
			return (bool) $served;
		}
		if ( 304 !== $result->get_status() ) {
			echo $result->body; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON body of a REST response, sent as application/json.
		}
		return true;
	}

	/**
	 * Keeps only the asked language's descriptions (any of its regional variants), and English as the
	 * fallback; all when none is asked.
	 *
	 * @param list<array<string, mixed>> $posters
	 * @return list<array<string, mixed>>
	 */
	private static function in_language( array $posters, string $lang ): array {
		if ( '' === $lang ) {
			return $posters;
		}
		$wanted = static fn( string $code ): bool => in_array( strtok( $code, '_' ), array( $lang, 'en' ), true );
		foreach ( $posters as $index => $poster ) {
			$posters[ $index ]['description'] = (object) array_filter( (array) $poster['description'], $wanted, ARRAY_FILTER_USE_KEY );
		}
		return $posters;
	}

	/**
	 * For validation only: the answer uses FeedQuery's normalised list.
	 *
	 * @param mixed $value
	 * @return list<string>
	 */
	private static function countries( $value ): array {
		return is_string( $value ) ? array_values( array_unique( array_filter( array_map( 'trim', explode( ',', strtoupper( $value ) ) ) ) ) ) : array();
	}

	private static function etag_matches( ?string $header, string $etag ): bool {
		return null !== $header && in_array( $etag, array_map( 'trim', explode( ',', $header ) ), true );
	}
}
