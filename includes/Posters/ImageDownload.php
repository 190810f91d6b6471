<?php
/**
 * Downloads one image safely: the hub's photos for display sites, partners' photos for the hub.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Posters;

/**
 * Through wp_safe_remote_get (no private or loopback targets), with a time and size limit, and the bytes
 * checked to be a JPEG, PNG or WebP image whatever the URL or headers claim. SVG never passes: it can carry scripts.
 */
final class ImageDownload {

	public const MAX_BYTES  = 10 * MB_IN_BYTES;
	public const EXTENSIONS = array(
		'image/jpeg' => 'jpg',
		'image/png'  => 'png',
		'image/webp' => 'webp',
	);

	/**
	 * @return array{body: string, extension: string, width: int, height: int}|string The image, or why not.
	 */
	public static function fetch( string $url, int $timeout = 10 ): array|string {
		$response = wp_safe_remote_get(
			$url,
			array(
				'timeout'             => $timeout,
				'redirection'         => 2,
				'limit_response_size' => self::MAX_BYTES + 1,
			)
		);
		$body     = is_wp_error( $response ) || 200 !== wp_remote_retrieve_response_code( $response ) ? '' : wp_remote_retrieve_body( $response );
		$image    = '' === $body || strlen( $body ) > self::MAX_BYTES ? false : getimagesizefromstring( $body );
		if ( false === $image || ! isset( self::EXTENSIONS[ $image['mime'] ] ) ) {
			return __( 'The photo could not be downloaded as a JPEG, PNG or WebP image of at most 10 MB.', 'notfound' );
		}
		return array(
			'body'      => $body,
			'extension' => self::EXTENSIONS[ $image['mime'] ],
			'width'     => (int) $image[0],
			'height'    => (int) $image[1],
		);
	}
}
