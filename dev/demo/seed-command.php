<?php
/**
 * `wp notfound demo-seed --require=dev/demo/seed-command.php`: makes the local site a hub holding the
 * fictional demo partners (each with a login: its slug, password "password") and posters, and points its
 * display at itself, pinning its own key. Skips what is already there.
 * A development tool: not part of the plugin, never in the release zip.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Dev;

use NotFound\Hub\Capabilities;
use NotFound\Plugin;

require_once __DIR__ . '/Portrait.php';

/**
 * Seeds the demo hub.
 */
final class DemoSeeder {

	/**
	 * @param list<string>          $args Unused.
	 * @param array<string, string> $assoc_args Unused.
	 */
	public function __invoke( array $args, array $assoc_args ): void {
		$plugin  = Plugin::instance();
		$updated = $plugin->settings->update(
			array(
				'hub_mode'       => true,
				'hub_url'        => home_url(),
				'hub_public_key' => Plugin::instance()->hub_keys->public_key(),
			)
		);
		if ( is_wp_error( $updated ) ) {
			\WP_CLI::error( $updated );
		}
		Capabilities::add_role();
		$partner_ids = array();
		$user_ids    = array();
		foreach ( self::read( 'partners.json' ) as $partner ) {
			$partner_ids[ $partner['slug'] ] = $plugin->partners->save( $partner );
			$user_ids[ $partner['slug'] ]    = self::partner_user( $partner['slug'], $partner_ids[ $partner['slug'] ] );
		}
		$created = 0;
		foreach ( self::read( 'posters.json' ) as $poster ) {
			if ( null !== $plugin->hub_posters->find( $poster['id'] ) ) {
				continue;
			}
			list( $photo, $photo_id ) = self::portrait( $poster, $user_ids[ $poster['partner'] ] );
			$poster['photos']         = array( $photo );
			$saved                    = $plugin->hub_posters->save( $poster, $partner_ids[ $poster['partner'] ], array( $photo_id ) );
			if ( is_wp_error( $saved ) ) {
				\WP_CLI::error( $poster['id'] . ': ' . $saved->get_error_message() . ' ' . wp_json_encode( $saved->get_error_data() ) );
			}
			++$created;
		}
		\WP_CLI::success( sprintf( 'Demo hub ready: %d partners, %d posters added.', count( $partner_ids ), $created ) );
	}

	/**
	 * @return list<array<string, mixed>>
	 */
	private static function read( string $file ): array {
		$data = json_decode( (string) file_get_contents( __DIR__ . '/' . $file ), true, 16, JSON_THROW_ON_ERROR ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local data file.
		return is_array( $data ) ? $data : array();
	}

	/**
	 * A login for the partner's people: user name = the partner's slug, password "password".
	 */
	private static function partner_user( string $slug, int $partner_id ): int {
		$user = get_user_by( 'login', $slug );
		$id   = $user ? $user->ID : wp_insert_user(
			array(
				'user_login' => $slug,
				'user_pass'  => 'password',
				'user_email' => $slug . '@partners.example.org',
				'role'       => Capabilities::ROLE,
			)
		);
		if ( is_wp_error( $id ) ) {
			\WP_CLI::error( $id );
		}
		update_user_meta( $id, Capabilities::PARTNER_META, $partner_id );
		return $id;
	}

	/**
	 * Draws the poster's illustration into the media library, uploaded by the partner's user.
	 *
	 * @param array<string, mixed> $poster
	 * @return array{0: array{url: string, width: int, height: int, alt: string}, 1: int} The photo entry and attachment id.
	 */
	private static function portrait( array $poster, int $author ): array {
		$upload = wp_upload_bits( 'notfound-demo-' . $poster['id'] . '.png', null, Portrait::png( $poster['portrait'] ) );
		if ( $upload['error'] ) {
			\WP_CLI::error( 'Could not write the portrait: ' . $upload['error'] );
		}
		/* translators: %s: a fictional child's first name. */
		$alt           = sprintf( 'Illustrated portrait of %s (fictional demo poster)', $poster['first_name'] );
		$attachment_id = wp_insert_attachment(
			array(
				'post_mime_type' => 'image/png',
				'post_author'    => $author,
				'post_title'     => $alt,
				'post_status'    => 'inherit',
			),
			$upload['file']
		);
		require_once ABSPATH . 'wp-admin/includes/image.php';
		wp_update_attachment_metadata( $attachment_id, wp_generate_attachment_metadata( $attachment_id, $upload['file'] ) );
		update_post_meta( $attachment_id, '_wp_attachment_image_alt', $alt );
		$image = wp_get_attachment_image_src( $attachment_id, 'full' );
		$photo = array(
			'url'    => $image ? $image[0] : $upload['url'],
			'width'  => $image ? (int) $image[1] : 480,
			'height' => $image ? (int) $image[2] : 600,
			'alt'    => $alt,
		);
		return array( $photo, $attachment_id );
	}
}

\WP_CLI::add_command( 'notfound demo-seed', DemoSeeder::class );
