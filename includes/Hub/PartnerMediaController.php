<?php
/**
 * Lets partners delete their organisation's uploads that no active poster shows.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\RestApi;

/**
 * DELETE /notfound/v1/media/<id>: the partner role has no delete_posts, so core's media route refuses them;
 * this one allows exactly the uploads PosterPhotos lets them use, and only while no active poster shows them.
 */
final class PartnerMediaController {

	public function __construct(
		private readonly PosterErasure $erasure = new PosterErasure()
	) {}

	/**
	 * Called on rest_api_init by the composition root, and only on a hub.
	 */
	public function register_routes(): void {
		register_rest_route(
			RestApi::NAMESPACE,
			'/media/(?P<media_id>\d{1,18})',
			array(
				'methods'             => \WP_REST_Server::DELETABLE,
				'callback'            => array( $this, 'delete' ),
				'permission_callback' => array( $this, 'can_delete' ),
			)
		);
	}

	public function can_delete( \WP_REST_Request $request ): bool {
		return current_user_can( 'upload_files' ) && PosterPhotos::may_use( (int) $request['media_id'] );
	}

	public function delete( \WP_REST_Request $request ): \WP_REST_Response|\WP_Error {
		$id = (int) $request['media_id'];
		if ( 'attachment' !== get_post_type( $id ) ) {
			return new \WP_Error( 'notfound_no_media', __( 'No such upload.', 'notfound' ), array( 'status' => 404 ) );
		}
		if ( $this->erasure->in_use( $id ) ) {
			return new \WP_Error( 'notfound_media_in_use', __( 'An active poster shows this upload. Replace the photo on the poster, or withdraw the poster, before deleting it.', 'notfound' ), array( 'status' => 409 ) );
		}
		if ( ! wp_delete_attachment( $id, true ) ) {
			return new \WP_Error( 'notfound_media_not_deleted', __( 'The upload could not be deleted.', 'notfound' ), array( 'status' => 500 ) );
		}
		return new \WP_REST_Response(
			array(
				'id'      => $id,
				'deleted' => true,
			)
		);
	}
}
