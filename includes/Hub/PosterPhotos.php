<?php
/**
 * Turns the media library attachments a partner chose into the feed's photo entries.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Posters\ImageDownload;

/**
 * Only images of a sensible size and type that the current user may use: uploaded by someone of their
 * own organisation (for an administrator, any).
 */
final class PosterPhotos {

	public const MIME_TYPES = array( 'image/jpeg', 'image/png', 'image/webp' );
	public const MIN_SIDE   = 300;
	public const MAX_SIDE   = ImageDownload::MAX_SIDE;
	public const MAX_BYTES  = ImageDownload::MAX_BYTES;

	/**
	 * @param mixed     $photos   A list of `{ attachment_id, alt }`.
	 * @param list<int> $attached Photos the poster has already (an admin's or the import's uploads, say).
	 * @return array{photos: list<array{url: string, width: int, height: int, alt: string}>, ids: list<int>}|\WP_Error
	 */
	public function resolve( mixed $photos, array $attached = array() ): array|\WP_Error {
		$result = array(
			'photos' => array(),
			'ids'    => array(),
		);
		$errors = array();
		if ( ! is_array( $photos ) || ! array_is_list( $photos ) || array() === $photos || count( $photos ) > 5 ) {
			$errors['photos'] = __( 'One to five photos.', 'notfound' );
		}
		foreach ( is_array( $photos ) ? $photos : array() as $index => $photo ) {
			$id    = is_array( $photo ) ? (int) ( $photo['attachment_id'] ?? 0 ) : 0;
			$entry = $this->photo( $id, is_array( $photo ) && is_string( $photo['alt'] ?? null ) ? $photo['alt'] : '', in_array( $id, $attached, true ) );
			if ( is_string( $entry ) ) {
				$errors[ "photos.{$index}" ] = $entry;
				continue;
			}
			$result['photos'][] = $entry;
			$result['ids'][]    = $id;
		}
		if ( $errors ) {
			return new \WP_Error(
				'notfound_invalid_poster',
				__( 'Invalid poster fields: photos', 'notfound' ),
				array(
					'status' => 400,
					'errors' => $errors,
				)
			);
		}
		return $result;
	}

	/**
	 * Whether the current user may use (or delete) this upload: their own organisation's, or any for an administrator.
	 */
	public static function may_use( int $attachment_id ): bool {
		if ( current_user_can( 'manage_options' ) ) {
			return true;
		}
		$author  = (int) get_post_field( 'post_author', $attachment_id );
		$partner = Capabilities::partner_of( get_current_user_id() );
		return get_current_user_id() === $author || ( null !== $partner && Capabilities::partner_of( $author ) === $partner );
	}

	/**
	 * @return array{url: string, width: int, height: int, alt: string}|string The entry, or why not.
	 */
	private function photo( int $id, string $alt, bool $attached ): array|string {
		if ( $id <= 0 || 'attachment' !== get_post_type( $id ) || ! ( $attached || self::may_use( $id ) ) ) {
			return __( 'Choose an image from your own uploads.', 'notfound' );
		}
		return $this->describe( $id, $alt );
	}

	/**
	 * The feed entry of an image attachment, if it has a sensible type, size and alternative text.
	 *
	 * @return array{url: string, width: int, height: int, alt: string}|string The entry, or why not.
	 */
	public function describe( int $id, string $alt ): array|string {
		$file = get_attached_file( $id );
		$meta = wp_get_attachment_metadata( $id );
		if ( ! in_array( get_post_mime_type( $id ), self::MIME_TYPES, true ) || ! is_string( $file ) || ! is_array( $meta ) ) {
			return __( 'Only JPEG, PNG or WebP images.', 'notfound' );
		}
		$width  = (int) ( $meta['width'] ?? 0 );
		$height = (int) ( $meta['height'] ?? 0 );
		if ( min( $width, $height ) < self::MIN_SIDE || max( $width, $height ) > self::MAX_SIDE || ! is_file( $file ) || filesize( $file ) > self::MAX_BYTES ) {
			/* translators: 1: smallest side in pixels, 2: largest side in pixels, 3: largest file size in MB. */
			return sprintf( __( 'Images must be %1$d to %2$d pixels on each side and at most %3$d MB.', 'notfound' ), self::MIN_SIDE, self::MAX_SIDE, self::MAX_BYTES / MB_IN_BYTES );
		}
		$alt = '' !== trim( $alt ) ? $alt : (string) get_post_meta( $id, '_wp_attachment_image_alt', true );
		if ( '' === trim( $alt ) ) {
			return __( 'Describe the photo (alternative text).', 'notfound' );
		}
		return array(
			'url'    => (string) wp_get_attachment_url( $id ),
			'width'  => $width,
			'height' => $height,
			'alt'    => sanitize_text_field( $alt ),
		);
	}
}
