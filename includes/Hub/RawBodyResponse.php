<?php
/**
 * A REST response whose body is sent byte for byte as built: a signed feed (the signature stays valid), a CSV file.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

/**
 * Carries an already-encoded body (JSON or CSV); FeedController serves it through rest_pre_serve_request.
 */
final class RawBodyResponse extends \WP_REST_Response {

	public function __construct( public readonly string $body, int $status = 200 ) {
		parent::__construct( null, $status );
	}
}
