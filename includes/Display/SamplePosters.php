<?php
/**
 * Example posters for the block editor's preview when the site has no fresh posters yet.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

/**
 * Fictional (Abena and Qiro are the children of the INTERACT cross-border simulations), marked as examples,
 * without photos, and only ever shown to editors: never on a visitor's page.
 */
final class SamplePosters {

	/**
	 * Set while the block renderer answers the editor (route and context seen before its callback runs).
	 *
	 * @var bool
	 */
	private bool $in_editor_preview = false;

	public function add_hooks(): void {
		add_filter( 'rest_request_before_callbacks', array( $this, 'notice_editor_preview' ), 10, 3 );
	}

	/**
	 * @param mixed            $response Passed through.
	 * @param array<mixed>     $handler  Unused.
	 * @param \WP_REST_Request $request  The request about to be answered.
	 * @return mixed
	 */
	public function notice_editor_preview( $response, array $handler, \WP_REST_Request $request ) {
		$this->in_editor_preview = str_starts_with( $request->get_route(), '/wp/v2/block-renderer/notfound/' ) && 'edit' === $request['context'];
		return $response;
	}

	/**
	 * Whether this render is the block editor's preview, for someone who edits.
	 */
	public function is_editor_preview(): bool {
		return $this->in_editor_preview && current_user_can( 'edit_posts' );
	}

	/**
	 * @return list<array<string, mixed>> Posters in the feed's shape.
	 */
	public static function all(): array {
		$example = __( 'Example poster: this site has no fresh posters from its hub yet.', 'notfound' );
		$posters = array();
		foreach ( array( array( 'Abena', 14, 'Brussels', 'BE', 50.8467, 4.3525 ), array( 'Qiro', 9, 'Lille', 'FR', 50.6292, 3.0573 ) ) as $index => $sample ) {
			$posters[] = array(
				'id'                   => 'example-' . ( $index + 1 ),
				'first_name'           => $sample[0],
				'last_name'            => null,
				'date_of_birth'        => null,
				'age_at_disappearance' => $sample[1],
				'missing_since'        => gmdate( 'Y-m-d', time() - 30 * DAY_IN_SECONDS ),
				'last_seen'            => array(
					'place'       => $sample[2],
					'country'     => $sample[3],
					'subdivision' => null,
					'lat'         => $sample[4],
					'lon'         => $sample[5],
				),
				'description'          => array( 'en' => $example ),
				'photos'               => array(),
				'case_url'             => home_url( '/' ),
				'hotline'              => '116 000',
				'partner'              => array(
					'name'    => __( 'Example organisation', 'notfound' ),
					'website' => home_url( '/' ),
				),
				'expires'              => gmdate( 'Y-m-d', time() + DAY_IN_SECONDS ),
			);
		}
		return $posters;
	}
}
