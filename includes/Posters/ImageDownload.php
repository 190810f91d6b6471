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
 * Its dimensions are read from the header before anything decodes it: a few kilobytes of PNG can claim
 * 7000 × 7000 pixels, which decoding (to resize or make thumbnails) turns into hundreds of megabytes.
 */
final class ImageDownload {

	public const MAX_BYTES   = 10 * MB_IN_BYTES;
	public const MAX_SIDE    = 6000;
	public const MAX_PIXELS  = 24_000_000; // 6000 × 4000: about 100 MB once decoded, within WordPress's image memory limit.
	public const MAX_SECONDS = 15;
	public const EXTENSIONS  = array(
		'image/jpeg' => 'jpg',
		'image/png'  => 'png',
		'image/webp' => 'webp',
	);

	/**
	 * @param int $timeout Seconds for the whole download, at most MAX_SECONDS.
	 * @return array{body: string, extension: string, width: int, height: int}|\WP_Error The image, or why not.
	 */
	public static function fetch( string $url, int $timeout = 10 ): array|\WP_Error {
		$response = wp_safe_remote_get(
			$url,
			array(
				'timeout'             => min( $timeout, self::MAX_SECONDS ),
				'redirection'         => 2,
				'limit_response_size' => self::MAX_BYTES + 1,
			)
		);
		$body     = is_wp_error( $response ) || 200 !== wp_remote_retrieve_response_code( $response ) ? '' : wp_remote_retrieve_body( $response );
		$image    = '' === $body || strlen( $body ) > self::MAX_BYTES ? false : getimagesizefromstring( $body );
		if ( false === $image || ! isset( self::EXTENSIONS[ $image['mime'] ] ) ) {
			return new \WP_Error( 'notfound_photo_unreadable', __( 'The photo could not be downloaded as a JPEG, PNG or WebP image of at most 10 MB.', 'notfound' ) );
		}
		$width  = (int) $image[0];
		$height = (int) $image[1];
		if ( max( $width, $height ) > self::MAX_SIDE || $width * $height > self::MAX_PIXELS ) {
			return new \WP_Error(
				'notfound_photo_too_large',
				sprintf(
					/* translators: 1: width, 2: height, 3: largest side, 4: largest number of megapixels. */
					__( 'The photo is %1$d × %2$d pixels; at most %3$d pixels a side and %4$d megapixels are accepted.', 'notfound' ),
					$width,
					$height,
					self::MAX_SIDE,
					self::MAX_PIXELS / 1_000_000
				)
			);
		}
		return array(
			'body'      => $body,
			'extension' => self::EXTENSIONS[ $image['mime'] ],
			'width'     => $width,
			'height'    => $height,
		);
	}
}
