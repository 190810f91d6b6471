<?php
/**
 * Copies posters' photos to the site itself, resized, so visitors' browsers never contact the hub.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

use NotFound\Posters\ImageDownload;

/**
 * One file per photo in uploads/notfound/, named by poster id and a hash of the hub's URL: a photo is
 * downloaded once, and the files of posters that left the copy are deleted.
 */
final class PhotoCache {

	public const FOLDER    = 'notfound';
	public const MAX_WIDTH = 720; // Twice the widest poster column: sharp on high-density screens.

	/**
	 * Replaces the poster's first photo with the local copy (made if missing) and drops the others, which
	 * nothing shows. A photo that cannot be copied leaves the poster without one, never with the hub's URL.
	 *
	 * @param array<string, mixed> $poster A validated feed poster.
	 * @return array{0: array<string, mixed>, 1: string|null} The poster, and why its photo was dropped.
	 */
	public function localize( array $poster ): array {
		$photo            = $poster['photos'][0] ?? null;
		$poster['photos'] = array();
		if ( ! is_array( $photo ) || ! is_string( $photo['url'] ?? null ) || ! is_string( $photo['alt'] ?? null ) ) {
			return array( $poster, null );
		}
		$local = $this->local_copy(
			(string) $poster['id'],
			array(
				'url' => $photo['url'],
				'alt' => $photo['alt'],
			)
		);
		if ( is_string( $local ) ) {
			return array( $poster, $local );
		}
		$poster['photos'] = array( $local );
		return array( $poster, null );
	}

	/**
	 * Deletes every cached photo that none of these posters uses.
	 *
	 * @param list<array<string, mixed>> $posters The local copy as stored.
	 */
	public function prune( array $posters ): int {
		$keep = array();
		foreach ( $posters as $poster ) {
			foreach ( $poster['photos'] as $photo ) {
				$keep[] = basename( (string) wp_parse_url( $photo['url'], PHP_URL_PATH ) );
			}
		}
		$deleted = 0;
		$files   = glob( self::dir() . '/*' );
		foreach ( is_array( $files ) ? $files : array() as $file ) {
			if ( ! in_array( basename( $file ), $keep, true ) ) {
				wp_delete_file( $file );
				++$deleted;
			}
		}
		return $deleted;
	}

	/**
	 * Deletes this poster's cached photos (a revocation from the hub).
	 */
	public function forget( string $poster_id ): void {
		$name  = sanitize_file_name( $poster_id );
		$files = glob( self::dir() . '/' . $name . '-*' );
		foreach ( is_array( $files ) ? $files : array() as $file ) {
			// The hash suffix is exact, so another poster whose id starts with this one's keeps its photo.
			if ( 1 === preg_match( '/^' . preg_quote( $name, '/' ) . '-[0-9a-f]{12}\.[a-z]+$/', basename( $file ) ) ) {
				wp_delete_file( $file );
			}
		}
	}

	public static function dir(): string {
		return wp_upload_dir( null, false )['basedir'] . '/' . self::FOLDER;
	}

	/**
	 * @param array{url: string, alt: string} $photo
	 * @return array{url: string, width: int, height: int, alt: string}|string The local photo, or why not.
	 */
	private function local_copy( string $poster_id, array $photo ): array|string {
		$name     = sanitize_file_name( $poster_id . '-' . substr( sha1( $photo['url'] ), 0, 12 ) );
		$existing = glob( self::dir() . '/' . $name . '.*' );
		$file     = $existing ? $existing[0] : $this->download( $photo['url'], $name );
		if ( ! is_file( $file ) ) {
			return $file; // An error message, not a path.
		}
		$size = wp_getimagesize( $file );
		if ( ! $size ) {
			return __( 'The cached photo is not an image.', 'notfound' );
		}
		return array(
			'url'    => wp_upload_dir( null, false )['baseurl'] . '/' . self::FOLDER . '/' . basename( (string) $file ),
			'width'  => (int) $size[0],
			'height' => (int) $size[1],
			'alt'    => $photo['alt'],
		);
	}

	/**
	 * @return string The saved file's path, or an error message.
	 */
	private function download( string $url, string $name ): string {
		$image = ImageDownload::fetch( $url );
		if ( is_wp_error( $image ) ) {
			return $image->get_error_message();
		}
		wp_mkdir_p( self::dir() );
		$path = self::dir() . '/' . $name . '.' . $image['extension'];
		file_put_contents( $path, $image['body'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents, WordPress.WP.AlternativeFunctions.file_system_read_file_put_contents -- WPCS 3 and 2 names; a cache file in uploads, written during a cron sync.
		if ( $image['width'] > self::MAX_WIDTH ) {
			$editor = wp_get_image_editor( $path );
			if ( is_wp_error( $editor ) || is_wp_error( $editor->resize( self::MAX_WIDTH, null ) ) || is_wp_error( $editor->save( $path ) ) ) {
				wp_delete_file( $path );
				return __( 'The photo could not be resized.', 'notfound' );
			}
		}
		return $path;
	}
}
