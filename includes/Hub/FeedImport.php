<?php
/**
 * Imports posters from partners' own JSON feeds (docs/hub.md documents the schema), on a schedule.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Posters\ImageDownload;

/**
 * For each partner with an https import URL: fetch with wp_safe_remote_get (time and size limits), validate
 * every item as the partner UI would, then copy the photos of valid items into the media library once, and
 * withdraw the imported posters that left the feed. A feed that cannot be read or decoded changes nothing;
 * a run that would withdraw too many of a partner's posters (ImportHolds) withdraws none until confirmed.
 */
final class FeedImport {

	public const CRON_HOOK      = 'notfound_import_feeds';
	public const STATE_OPTION   = 'notfound_import_state';
	public const CACHE_OPTION   = 'notfound_import_validators';
	public const SCHEDULE       = 'notfound_every_five_minutes';
	public const MAX_BODY       = 5 * MB_IN_BYTES;
	public const MAX_ITEMS      = 1000;
	private const SOURCE_META   = '_notfound_source_url';
	private const PHOTO_SECONDS = 15;

	public function __construct(
		private readonly Partners $partners,
		private readonly HubPosters $posters,
		private readonly PosterPhotos $photos = new PosterPhotos(),
		private readonly ImportHolds $holds = new ImportHolds()
	) {}

	public function add_hooks(): void {
		add_filter( 'cron_schedules', array( $this, 'add_schedule' ) ); // phpcs:ignore WordPress.WP.CronInterval -- 5 minutes: a case closed in a partner's system leaves the hub that fast; unchanged feeds cost a 304.
		add_action( self::CRON_HOOK, array( $this, 'run' ) );
	}

	/**
	 * @param array<string, array{interval: int, display: string}> $schedules
	 * @return array<string, array{interval: int, display: string}>
	 */
	public function add_schedule( array $schedules ): array {
		$schedules[ self::SCHEDULE ] = array(
			'interval' => 5 * MINUTE_IN_SECONDS,
			'display'  => __( 'Every 5 minutes (NotFound partner feeds)', 'notfound' ),
		);
		return $schedules;
	}

	/**
	 * Every 5 minutes; an event scheduled by an older version (hourly) is replaced.
	 */
	public function schedule(): void {
		if ( wp_next_scheduled( self::CRON_HOOK ) && self::SCHEDULE !== wp_get_schedule( self::CRON_HOOK ) ) {
			wp_clear_scheduled_hook( self::CRON_HOOK );
		}
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time(), self::SCHEDULE, self::CRON_HOOK );
		}
	}

	/**
	 * @return array<int, array{at: int, imported: int, unchanged: int, withdrawn: int, held: int, errors: array<string, string>}> Per partner id.
	 */
	public function run(): array {
		$report = array();
		foreach ( $this->partners->importing() as $partner ) {
			$report[ $partner['id'] ] = $this->import( $partner['id'], $partner['import_url'] );
		}
		update_option( self::STATE_OPTION, $report, false );
		return $report;
	}

	/**
	 * Applies the withdrawals of the partner's held run, those still active and imported.
	 *
	 * @return int|\WP_Error How many posters were withdrawn, or that no run of this partner is held.
	 */
	public function confirm( int $partner_id ): int|\WP_Error {
		$hold = $this->holds->get( $partner_id );
		if ( null === $hold ) {
			return new \WP_Error( 'notfound_no_held_import', __( 'No import of this partner is waiting for confirmation.', 'notfound' ) );
		}
		$withdrawn = 0;
		foreach ( array_intersect( $hold['ids'], $this->posters->imported_ids( $partner_id ) ) as $id ) {
			$withdrawn += (int) $this->posters->withdraw( $id );
		}
		$this->holds->release( $partner_id );
		return $withdrawn;
	}

	/**
	 * @return array{at: int, imported: int, unchanged: int, withdrawn: int, held: int, errors: array<string, string>}
	 */
	public function import( int $partner_id, string $url ): array {
		$report = array(
			'at'        => time(),
			'imported'  => 0,
			'unchanged' => 0,
			'withdrawn' => 0,
			'held'      => 0,
			'errors'    => array(),
		);
		if ( ! ImportUrl::is_allowed( $url ) ) {
			$report['errors']['feed'] = __( 'The import address must start with https://: the hub signs what the feed says.', 'notfound' );
			return $report;
		}
		$items = $this->fetch( $partner_id, $url );
		if ( is_string( $items ) ) {
			$report['errors']['feed'] = $items;
			return $report;
		}
		if ( null === $items ) { // Not modified since the last complete import: nothing to do.
			$report['unchanged'] = count( $this->posters->imported_ids( $partner_id ) );
			return $report;
		}
		$seen = array();
		foreach ( $items as $index => $item ) {
			$id = is_array( $item ) && is_string( $item['id'] ?? null ) ? $item['id'] : '#' . $index;
			if ( ! is_array( $item ) ) {
				$report['errors'][ $id ] = __( 'An item must be an object.', 'notfound' );
				continue;
			}
			$outcome = $this->import_item( $partner_id, $item );
			$seen[]  = $id; // Kept even when invalid now: an item still in the feed is never withdrawn for a typo.
			if ( is_wp_error( $outcome ) ) {
				$report['errors'][ $id ] = $outcome->get_error_message();
			} else {
				++$report[ $outcome ];
			}
		}
		$imported = $this->posters->imported_ids( $partner_id );
		$gone     = array_values( array_diff( $imported, $seen ) );
		if ( ImportHolds::is_too_many( count( $gone ), count( $imported ) ) ) {
			// An empty or truncated feed is far likelier than half of the cases closing at once: ask a person.
			$this->holds->hold( $partner_id, $gone, count( $imported ) );
			$report['held'] = count( $gone );
			return $report;
		}
		$this->holds->release( $partner_id );
		foreach ( $gone as $id ) {
			$report['withdrawn'] += (int) $this->posters->withdraw( $id );
		}
		if ( $report['errors'] ) {
			$this->forget_validators( $partner_id ); // The next run reads the feed again, so failed items are retried.
		}
		return $report;
	}

	/**
	 * Validates the item with its photos' source addresses first, and downloads photos only for a valid
	 * item; the photos it downloaded go again when the item is refused after all.
	 *
	 * @param array<string, mixed> $item
	 * @return 'imported'|'unchanged'|\WP_Error Whether it was stored or unchanged, or why it was not.
	 */
	private function import_item( int $partner_id, array $item ): string|\WP_Error {
		$existing = is_string( $item['id'] ?? null ) ? $this->posters->find( $item['id'] ) : null;
		if ( null !== $existing && $existing['partner_id'] !== $partner_id ) {
			return new \WP_Error( 'notfound_import_taken', __( 'This id belongs to another organisation\'s poster.', 'notfound' ) );
		}
		if ( null !== $existing && 'active' !== $existing['status'] ) {
			return new \WP_Error( 'notfound_import_withdrawn', __( 'This poster was withdrawn on the hub; give it a new id to publish it again.', 'notfound' ) );
		}
		unset( $item['partner'] );
		$sources        = self::photo_sources( $item['photos'] ?? null );
		$item['photos'] = array_map( array( self::class, 'pending_photo' ), $sources );
		$checked        = $this->posters->prepare( $item, $partner_id );
		if ( is_wp_error( $checked ) ) {
			return $checked;
		}
		$copies = $this->copy_photos( $sources );
		if ( is_wp_error( $copies ) ) {
			return $copies;
		}
		$item['photos'] = $copies['photos'];
		$valid          = $this->posters->prepare( $item, $partner_id );
		if ( ! is_wp_error( $valid ) && null !== $existing && $existing['poster'] === $valid ) {
			return 'unchanged';
		}
		$stored = is_wp_error( $valid ) ? $valid : $this->posters->store( $valid, $partner_id, $copies['ids'], 'import' );
		if ( is_wp_error( $stored ) ) {
			self::delete_attachments( $copies['new'] );
			return $stored;
		}
		return 'imported';
	}

	/**
	 * @return list<array{url: mixed, alt: string}>
	 */
	private static function photo_sources( mixed $photos ): array {
		$sources = array();
		foreach ( is_array( $photos ) ? array_slice( $photos, 0, 5 ) : array() as $photo ) {
			$photo     = is_array( $photo ) ? $photo : array();
			$sources[] = array(
				'url' => $photo['url'] ?? null,
				'alt' => is_string( $photo['alt'] ?? null ) ? $photo['alt'] : '',
			);
		}
		return $sources;
	}

	/**
	 * A photo entry for the check before downloading: its size is judged once it is downloaded, and a
	 * missing alternative text may still come from a copy made before.
	 *
	 * @param array{url: mixed, alt: string} $source
	 * @return array{url: mixed, width: int, height: int, alt: string}
	 */
	private static function pending_photo( array $source ): array {
		return array(
			'url'    => $source['url'],
			'width'  => PosterPhotos::MIN_SIDE,
			'height' => PosterPhotos::MIN_SIDE,
			'alt'    => '' === trim( $source['alt'] ) ? __( 'Photo', 'notfound' ) : $source['alt'],
		);
	}

	/**
	 * @param list<array{url: mixed, alt: string}> $sources
	 * @return array{photos: list<array{url: string, width: int, height: int, alt: string}>, ids: list<int>, new: list<int>}|\WP_Error
	 */
	private function copy_photos( array $sources ): array|\WP_Error {
		$copies = array(
			'photos' => array(),
			'ids'    => array(),
			'new'    => array(),
		);
		foreach ( $sources as $source ) {
			$copied = $this->copy_photo( is_string( $source['url'] ) ? $source['url'] : '', $source['alt'] ); // Valid by now.
			if ( is_wp_error( $copied ) ) {
				self::delete_attachments( $copies['new'] );
				return $copied;
			}
			$copies['photos'][] = $copied['entry'];
			$copies['ids'][]    = $copied['id'];
			if ( $copied['new'] ) {
				$copies['new'][] = $copied['id'];
			}
		}
		return $copies;
	}

	/**
	 * A conditional GET: with the ETag and Last-Modified of the last complete import of the same URL.
	 *
	 * @return list<mixed>|string|null The feed's items, why it could not be read, or null when not modified.
	 */
	private function fetch( int $partner_id, string $url ): array|string|null {
		$cached   = get_option( self::CACHE_OPTION, array() );
		$cached   = is_array( $cached ) && is_array( $cached[ $partner_id ] ?? null ) && ( $cached[ $partner_id ]['url'] ?? null ) === $url ? $cached[ $partner_id ] : array();
		$headers  = array_filter(
			array(
				'If-None-Match'     => (string) ( $cached['etag'] ?? '' ),
				'If-Modified-Since' => (string) ( $cached['last_modified'] ?? '' ),
			)
		);
		$response = wp_safe_remote_get(
			$url,
			array(
				'timeout'             => 15,
				'redirection'         => 2,
				'limit_response_size' => self::MAX_BODY,
				'headers'             => $headers,
			)
		);
		if ( ! is_wp_error( $response ) && 304 === (int) wp_remote_retrieve_response_code( $response ) && $headers ) {
			return null;
		}
		if ( is_wp_error( $response ) ) {
			/* translators: %s: the network error. */
			return sprintf( __( 'The feed could not be fetched: %s', 'notfound' ), $response->get_error_message() );
		}
		if ( 200 !== (int) wp_remote_retrieve_response_code( $response ) ) {
			/* translators: %d: HTTP status code. */
			return sprintf( __( 'The feed answered with HTTP status %d.', 'notfound' ), (int) wp_remote_retrieve_response_code( $response ) );
		}
		$body = wp_remote_retrieve_body( $response );
		$feed = strlen( $body ) < self::MAX_BODY ? json_decode( $body, true ) : null;
		if ( ! is_array( $feed ) || ! is_array( $feed['posters'] ?? null ) || ! array_is_list( $feed['posters'] ) || count( $feed['posters'] ) > self::MAX_ITEMS ) {
			/* translators: %d: the largest number of posters in one feed. */
			return sprintf( __( 'The feed is not valid JSON of the documented shape with at most %d posters.', 'notfound' ), self::MAX_ITEMS );
		}
		$this->remember_validators( $partner_id, $url, $response );
		return $feed['posters'];
	}

	/**
	 * @param array<string, mixed> $response
	 */
	private function remember_validators( int $partner_id, string $url, array $response ): void {
		$cached                = get_option( self::CACHE_OPTION, array() );
		$cached                = is_array( $cached ) ? $cached : array();
		$cached[ $partner_id ] = array(
			'url'           => $url,
			'etag'          => substr( implode( ', ', (array) wp_remote_retrieve_header( $response, 'etag' ) ), 0, 200 ),
			'last_modified' => substr( implode( ', ', (array) wp_remote_retrieve_header( $response, 'last-modified' ) ), 0, 64 ),
		);
		update_option( self::CACHE_OPTION, $cached, false );
	}

	private function forget_validators( int $partner_id ): void {
		$cached = get_option( self::CACHE_OPTION, array() );
		if ( is_array( $cached ) && isset( $cached[ $partner_id ] ) ) {
			unset( $cached[ $partner_id ] );
			update_option( self::CACHE_OPTION, $cached, false );
		}
	}

	/**
	 * Copies a photo into the media library once per source URL.
	 *
	 * @return array{entry: array{url: string, width: int, height: int, alt: string}, id: int, new: bool}|\WP_Error
	 */
	private function copy_photo( string $url, string $alt ): array|\WP_Error {
		$existing = get_posts(
			array(
				'post_type'      => 'attachment',
				'post_status'    => 'inherit',
				'meta_key'       => self::SOURCE_META, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- once per photo per import, not per visitor.
				'meta_value'     => $url, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value -- as above.
				'fields'         => 'ids',
				'posts_per_page' => 1,
			)
		);
		$id       = $existing ? (int) $existing[0] : $this->download( $url );
		if ( is_wp_error( $id ) ) {
			return $id;
		}
		$entry = $this->photos->describe( $id, $alt );
		if ( is_string( $entry ) ) {
			if ( ! $existing ) {
				self::delete_attachments( array( $id ) );
			}
			return new \WP_Error( 'notfound_invalid_photo', $entry );
		}
		return array(
			'entry' => $entry,
			'id'    => $id,
			'new'   => ! $existing,
		);
	}

	/**
	 * Photos copied for an item that was refused after all: nothing else uses them.
	 *
	 * @param list<int> $ids
	 */
	private static function delete_attachments( array $ids ): void {
		foreach ( $ids as $id ) {
			wp_delete_attachment( $id, true );
		}
	}

	/**
	 * @return int|\WP_Error The new attachment's id, or why not.
	 */
	private function download( string $url ): int|\WP_Error {
		$image = ImageDownload::fetch( $url, self::PHOTO_SECONDS );
		if ( is_wp_error( $image ) ) {
			return $image;
		}
		require_once ABSPATH . 'wp-admin/includes/file.php';
		require_once ABSPATH . 'wp-admin/includes/media.php';
		require_once ABSPATH . 'wp-admin/includes/image.php';
		$temp = wp_tempnam( 'notfound-photo' );
		file_put_contents( $temp, $image['body'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents, WordPress.WP.AlternativeFunctions.file_system_read_file_put_contents -- WPCS 3 and 2 names; a temporary file for media_handle_sideload.
		$file = array(
			'name'     => 'notfound-' . md5( $url ) . '.' . $image['extension'],
			'tmp_name' => $temp,
		);
		$id   = media_handle_sideload( $file );
		if ( is_wp_error( $id ) ) {
			wp_delete_file( $temp );
			return $id;
		}
		update_post_meta( $id, self::SOURCE_META, $url );
		return $id;
	}
}
