<?php
/**
 * Keeps each partner organisation's uploads to itself in the hub's media library.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

/**
 * Partners may upload (their role has upload_files), and core would then list every upload of the site
 * to them: photos of children from other organisations included. A partner's media queries (the media
 * modal, the Media screen, the REST API) are limited to uploads by people of its own organisation, the
 * same rule the poster routes apply to the photos a poster may use. Administrators see everything.
 *
 * Visitors who may not upload (anonymous ones included) see no partner upload and no poster photo at all:
 * not in media listings, not as a single media item, not as an attachment page. A published poster's
 * photo file stays reachable at its URL, which the signed feed gives display sites.
 */
final class PartnerMedia {

	public function add_hooks(): void {
		add_filter( 'ajax_query_attachments_args', array( $this, 'scope' ) );
		add_filter( 'rest_attachment_query', array( $this, 'scope' ) );
		add_action( 'pre_get_posts', array( $this, 'scope_media_screen' ) );
		add_filter( 'rest_request_before_callbacks', array( $this, 'hide_single_item' ), 10, 3 );
		add_action( 'template_redirect', array( $this, 'hide_attachment_page' ) );
	}

	/**
	 * @param array<string, mixed> $args Attachment query arguments.
	 * @return array<string, mixed>
	 */
	public function scope( array $args ): array {
		$authors = $this->visible_authors();
		if ( null !== $authors ) {
			$args['author__in'] = $authors;
		} elseif ( ! current_user_can( 'upload_files' ) ) {
			$args['author__not_in'] = array_merge( (array) ( $args['author__not_in'] ?? array() ), self::partner_staff() );
			$clauses                = array(
				'relation' => 'AND',
				array(
					'key'     => PosterErasure::POSTER_META,
					'compare' => 'NOT EXISTS',
				),
			);
			if ( ! empty( $args['meta_query'] ) ) {
				$clauses[] = $args['meta_query'];
			}
			$args['meta_query'] = $clauses; // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query, WordPress.DB.SlowDBQuery.slow_query_meta_query -- a NOT EXISTS on one key, for visitors listing media.
		}
		return $args;
	}

	/**
	 * GET /wp/v2/media/<id> of a partner upload or poster photo answers as if there were none.
	 *
	 * @param mixed            $response The response so far (an error, or null to go on).
	 * @param array<mixed>     $handler  The route's handler.
	 * @param \WP_REST_Request $request  The request.
	 * @return mixed
	 */
	public function hide_single_item( $response, array $handler, \WP_REST_Request $request ) {
		if ( is_wp_error( $response ) || ! preg_match( '#^/wp/v2/media/(\d+)$#', $request->get_route(), $match ) || ! self::hidden( (int) $match[1] ) ) {
			return $response;
		}
		return new \WP_Error( 'rest_post_invalid_id', __( 'No such media item.', 'notfound' ), array( 'status' => 404 ) );
	}

	/**
	 * A poster photo's attachment page is no public page (nor indexed): it answers 404.
	 */
	public function hide_attachment_page(): void {
		global $wp_query;
		if ( is_attachment() && self::hidden( get_queried_object_id() ) ) {
			$wp_query->set_404();
			status_header( 404 );
			nocache_headers();
		}
	}

	/**
	 * Whether the current user may not see this attachment: a partner upload or a poster photo, to someone
	 * who may not upload.
	 */
	private static function hidden( int $attachment_id ): bool {
		if ( current_user_can( 'upload_files' ) || 'attachment' !== get_post_type( $attachment_id ) ) {
			return false;
		}
		return null !== Capabilities::partner_of( (int) get_post_field( 'post_author', $attachment_id ) ) || (bool) get_post_meta( $attachment_id, PosterErasure::POSTER_META );
	}

	/**
	 * Everyone linked to a partner organisation.
	 *
	 * @return list<int>
	 */
	private static function partner_staff(): array {
		return array_values(
			array_map(
				'intval',
				get_users(
					array(
						'fields'   => 'ID',
						'meta_key' => Capabilities::PARTNER_META, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key, WordPress.DB.SlowDBQuery.slow_query_meta_key -- the partners' staff, a few per organisation.
					)
				)
			)
		);
	}

	/**
	 * The Media screen's list view queries through the main query.
	 */
	public function scope_media_screen( \WP_Query $query ): void {
		global $pagenow;
		if ( is_admin() && $query->is_main_query() && 'upload.php' === $pagenow ) {
			$authors = $this->visible_authors();
			if ( null !== $authors ) {
				$query->set( 'author__in', $authors );
			}
		}
	}

	/**
	 * The people whose uploads the current user may browse; null when not limited.
	 *
	 * @return list<int>|null
	 */
	private function visible_authors(): ?array {
		$user    = get_current_user_id();
		$partner = Capabilities::partner_of( $user );
		if ( null === $partner || current_user_can( 'manage_options' ) ) {
			return null;
		}
		$colleagues = get_users(
			array(
				'fields'     => 'ID',
				'meta_key'   => Capabilities::PARTNER_META, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key, WordPress.DB.SlowDBQuery.slow_query_meta_key -- WPCS 3 and 2 names; a handful of users per organisation.
				'meta_value' => (string) $partner, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value, WordPress.DB.SlowDBQuery.slow_query_meta_value -- see above.
			)
		);
		return array_values( array_unique( array_merge( array( $user ), array_map( 'intval', $colleagues ) ) ) );
	}
}
